package vn.thidua.platform.internal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

/** The audit trail as a hash chain: each entry sealed with the previous one's hash, the head locked to append. */
@ApplicationScoped
public class DefaultAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private SecurityContext securityContext;
    @Inject private AuditKey key;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, AuditAction action,
                       Map<String, ?> before, Map<String, ?> after) {
        recordIn(null, entityType, entityId, action, before, after);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordIn(String unitPath, String entityType, Object entityId, AuditAction action,
                         Map<String, ?> before, Map<String, ?> after) {
        recordAs(currentActor(), unitPath, entityType, entityId, action, before, after);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String unitPath, String entityType, Object entityId, AuditAction action,
                         Map<String, ?> before, Map<String, ?> after) {
        // PostgreSQL keeps microseconds: store what it keeps, so that a re-read entry equals the written one.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // Locking the head serialises appends: a concurrent transaction waits here until this one ends.
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = new AuditEntry(head.getLastSeq() + 1, now, actor, entityType, String.valueOf(entityId),
                unitPath, action, canonicalJson(before), canonicalJson(after), head.getLastHash(), key.bytes());
        em.persist(entry);
        head.advance(entry.getSeq(), entry.getHash());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void sealFromNowOn() {
        if (key.bytes() == null) {
            return;
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        boolean sealed = head.getLastSeq() > 0 && em.createQuery("select e.keyed from AuditEntry e where e.seq = :seq",
                Boolean.class).setParameter("seq", head.getLastSeq()).getResultStream().findFirst().orElse(false);
        if (!sealed) {
            recordAs(SYSTEM, null, "AuditKey", key.fingerprint(), AuditAction.UPDATE, null,
                    Map.of("sealedBy", "HMAC-SHA256", "keyFingerprint", key.fingerprint()));
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void serialiseWrites() {
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordPersonalDataRead(String unitPath, String entityType, Object entityId, String field) {
        recordIn(unitPath, entityType, entityId, AuditAction.READ_PERSONAL_DATA, null, Map.of("field", field));
    }

    private String currentActor() {
        Principal principal = null;
        try {
            principal = securityContext.getCallerPrincipal();
        } catch (RuntimeException outsideOfARequest) {
            // Background and start-up work has no caller.
        }
        return principal == null ? SYSTEM : principal.getName();
    }

    /** Sorted keys and a stable rendering, so that the same values always give the same text. */
    static String canonicalJson(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        JsonObjectBuilder builder = Json.createObjectBuilder();
        new TreeMap<>(values).forEach((key, value) -> {
            if (value == null) {
                builder.addNull(key);
            } else if (value instanceof Number number) {
                builder.add(key, Json.createValue(number.toString()));
            } else if (value instanceof Boolean bool) {
                builder.add(key, bool);
            } else {
                builder.add(key, value.toString());
            }
        });
        return builder.build().toString();
    }
}
