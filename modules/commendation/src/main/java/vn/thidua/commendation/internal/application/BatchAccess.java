package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thidua.commendation.internal.domain.Award;
import vn.thidua.commendation.internal.domain.NominationBatch;
import vn.thidua.organisation.UnitScope;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Caller;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditTrail;

/**
 * What the rooms of the nomination workflow (batches, council, posting, certificates…) share: reading a batch,
 * checking a role on its unit, the awards by code, who acts and when.
 */
@ApplicationScoped
public class BatchAccess {

    static final String BUNDLE = "vn.thidua.commendation.i18n.messages";

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private UnitScope scope;
    @Inject private Caller caller;

    /** The batch; 404 (as a problem) when there is none. */
    NominationBatch batch(long id) {
        NominationBatch batch = em.find(NominationBatch.class, id);
        if (batch == null) {
            throw new UnknownRecordException(new Violation("id", BUNDLE, "nomination.notFound", id));
        }
        return batch;
    }

    /** The nominee; 404 (as a problem) when there is none. */
    vn.thidua.commendation.internal.domain.Nominee nominee(long id) {
        vn.thidua.commendation.internal.domain.Nominee nominee = em.find(vn.thidua.commendation.internal.domain.Nominee.class, id);
        if (nominee == null) {
            throw new UnknownRecordException(new Violation("id", BUNDLE, "nomination.nomineeNotFound", id));
        }
        return nominee;
    }

    /** Refused unless the caller holds one of the roles on the unit of this path or above. */
    void requireRole(String path, Set<String> roles, String what) {
        if (!scope.hasRoleOn(path, roles)) {
            throw new AccessDeniedException(what);
        }
    }

    /** Refused unless the caller holds one of the roles on the province (the root). */
    void requireRoleOnRoot(Set<String> roles, String what) {
        if (!scope.hasRoleOnRoot(roles)) {
            throw new AccessDeniedException(what);
        }
    }

    Map<String, Award> awards() {
        Map<String, Award> byCode = new HashMap<>();
        em.createQuery("select a from Award a", Award.class).getResultList().forEach(a -> byCode.put(a.getCode(), a));
        return byCode;
    }

    /** The signed-in user's name (the system's when nobody is signed in). */
    String actor() {
        return Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM);
    }

    boolean signedIn() {
        return caller.name() != null;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
