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

    @jakarta.inject.Inject
    private vn.thidua.platform.internal.audit.AuditKey auditKey;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        byte[] key = auditKey.bytes();
        long expectedSeq = 1;
        String previousHash = AuditHash.GENESIS;
        long checked = 0;
        Long keyedFrom = null;
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
                if (entry.isKeyed() && keyedFrom == null) {
                    keyedFrom = entry.getSeq();
                }
                if (!entry.isKeyed() && keyedFrom != null) {
                    // Once the key seals, every later entry is sealed: a plain one was written without the key.
                    return broken(checked, entry.getSeq(), "it is not sealed with the key, unlike entry " + keyedFrom);
                }
                if (entry.isKeyed() && key == null) {
                    return broken(checked, entry.getSeq(), "it is sealed with a key, and THIDUA_AUDIT_KEY is not configured");
                }
                if (!AuditHash.of(entry, key).equals(entry.getHash())) {
                    return broken(checked, entry.getSeq(), entry.isKeyed()
                            ? "its content does not match its seal (or the configured key is another)"
                            : "its content does not match its hash");
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
        if (key != null && checked > 0 && keyedFrom == null) {
            // The application seals an entry at every start with a key: a keyed installation without one was rewritten.
            return broken(checked, 1L, "a key is configured but no entry is sealed with it");
        }
        return new ChainVerification(true, checked, null, null, keyedFrom == null ? "SHA-256" : "HMAC-SHA256", keyedFrom,
                auditKey.fingerprint());
    }

    private ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(false, checked, seq, problem, auditKey.bytes() == null ? "SHA-256" : "HMAC-SHA256",
                null, auditKey.fingerprint());
    }
}
