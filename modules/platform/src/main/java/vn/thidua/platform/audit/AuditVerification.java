package vn.thidua.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.thidua.platform.internal.audit.AuditChainHead;
import vn.thidua.platform.internal.audit.AuditEntry;
import vn.thidua.platform.internal.audit.AuditHash;

/**
 * Walks the audit chain from its first entry and recomputes every hash: a changed, removed or inserted entry
 * breaks the chain at that entry. Reads in pages so that a long trail does not fill the memory.
 */
@ApplicationScoped
public class AuditVerification {

    private static final int PAGE = 1000;

    @PersistenceContext(unitName = "thidua")
    private EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        long expectedSeq = 1;
        String previousHash = AuditHash.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = em.createNamedQuery("AuditEntry.chainFrom", AuditEntry.class)
                    .setParameter("afterSeq", expectedSeq - 1).setMaxResults(PAGE).getResultList();
            for (AuditEntry entry : page) {
                if (entry.getSeq() != expectedSeq) {
                    return broken(checked, expectedSeq, "entry " + expectedSeq + " is missing");
                }
                if (!entry.getPrevHash().equals(previousHash)) {
                    return broken(checked, entry.getSeq(), "its link to entry " + (expectedSeq - 1) + " does not match");
                }
                if (!AuditHash.of(entry).equals(entry.getHash())) {
                    return broken(checked, entry.getSeq(), "its content does not match its hash");
                }
                previousHash = entry.getHash();
                expectedSeq++;
                checked++;
            }
            em.clear();
            if (page.size() < PAGE) {
                break;
            }
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head.getLastSeq() != checked || !head.getLastHash().equals(previousHash)) {
            return broken(checked, checked + 1, "the chain ends before the recorded last entry " + head.getLastSeq());
        }
        return new ChainVerification(true, checked, null, null);
    }

    private static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(false, checked, seq, problem);
    }
}
