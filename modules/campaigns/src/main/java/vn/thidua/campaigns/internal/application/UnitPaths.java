package vn.thidua.campaigns.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.campaigns.internal.domain.Cluster;
import vn.thidua.campaigns.internal.domain.ClusterMember;
import vn.thidua.campaigns.internal.domain.Document;
import vn.thidua.campaigns.internal.domain.Exemplar;
import vn.thidua.campaigns.internal.domain.InitiativeRecord;
import vn.thidua.campaigns.internal.domain.Movement;
import vn.thidua.campaigns.internal.domain.Registration;
import vn.thidua.organisation.UnitMoved;
import vn.thidua.platform.audit.AuditTrail;

/** The campaigns' records follow a unit that moves: their copies of its path change in the moving transaction. */
@ApplicationScoped
public class UnitPaths {

    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("cmp_movement", "unit_path");
        COLUMNS.put("cmp_document", "unit_path");
        COLUMNS.put("cmp_registration", "unit_path");
        COLUMNS.put("cmp_cluster", "owner_path");
        COLUMNS.put("cmp_cluster_member", "unit_path");
        COLUMNS.put("cmp_exemplar", "unit_path");
        COLUMNS.put("cmp_initiative", "unit_path");
    }

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;

    void follow(@Observes UnitMoved move) {
        move.follow(em, auditTrail, COLUMNS, Movement.class, Document.class, Registration.class, Cluster.class,
                ClusterMember.class, Exemplar.class, InitiativeRecord.class);
    }
}
