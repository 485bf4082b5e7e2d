package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.commendation.internal.domain.Commendation;
import vn.thidua.commendation.internal.domain.NominationBatch;
import vn.thidua.commendation.internal.domain.ReexaminationRecord;
import vn.thidua.organisation.UnitMoved;
import vn.thidua.platform.audit.AuditTrail;

/**
 * Nominations, commendations and re-examinations follow a unit that moves. Their unit path is the scope index
 * (who may read them), not part of what was decided: the snapshot taken at the decision (unit kind, position
 * category) is never changed, and the rewrite is in the audit trail.
 */
@ApplicationScoped
public class UnitPaths {

    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("cmd_nomination_batch", "unit_path");
        COLUMNS.put("cmd_commendation", "unit_path");
        COLUMNS.put("cmd_reexamination", "unit_path");
    }

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;

    void follow(@Observes UnitMoved move) {
        move.follow(em, auditTrail, COLUMNS, NominationBatch.class, Commendation.class, ReexaminationRecord.class);
    }
}
