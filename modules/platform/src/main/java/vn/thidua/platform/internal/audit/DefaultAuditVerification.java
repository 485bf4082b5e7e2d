package vn.thidua.platform.internal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.thidua.platform.audit.AuditVerification;
import vn.thidua.platform.audit.ChainVerification;

/**
 * Walks the audit chain from its first entry and recomputes every hash: a changed, removed or inserted entry
 * breaks the chain at that entry. Reads in pages so that a long trail does not fill the memory.
 */
@ApplicationScoped
public class DefaultAuditVerification implements AuditVerification {

    private static final int PAGE = 1000;

    @PersistenceContext(unitName = "thidua") private EntityManager em;

    @jakarta.inject.Inject
    private AuditKey auditKey;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        ChainWalker walk = new ChainWalker(auditKey.bytes());
        while (true) {
            List<AuditEntry> page = em.createNamedQuery("AuditEntry.chainFrom", AuditEntry.class)
                    .setParameter("afterSeq", walk.expectedSeq() - 1).setMaxResults(PAGE).getResultList();
            for (AuditEntry entry : page) {
                if (!walk.accept(entry)) {
                    return broken(walk);
                }
            }
            em.clear();
            if (page.size() < PAGE) {
                break;
            }
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (!walk.finish(head.getLastSeq(), head.getLastHash())) {
            return broken(walk);
        }
        return new ChainVerification(true, walk.checked(), null, null,
                walk.keyedFrom() == null ? "SHA-256" : "HMAC-SHA256", walk.keyedFrom(), auditKey.fingerprint());
    }

    private ChainVerification broken(ChainWalker walk) {
        return new ChainVerification(false, walk.checked(), walk.brokenSeq(), walk.problem(),
                auditKey.bytes() == null ? "SHA-256" : "HMAC-SHA256", null, auditKey.fingerprint());
    }
}
