package vn.thidua.platform.internal.audit;


/**
 * The audit chain's check, entry by entry in sequence order, without the database: each entry must follow the one
 * before (no gap), link to its hash, match its own content, and once entries are sealed with the key every later
 * one must be; at the end the recorded head must be the last entry walked. {@link DefaultAuditVerification} feeds it.
 */
final class ChainWalker {

    private final byte[] key;
    private long expectedSeq = 1;
    private String previousHash = AuditHash.GENESIS;
    private long checked;
    private Long keyedFrom;
    private Long brokenSeq;
    private String problem;

    ChainWalker(byte[] key) {
        this.key = key;
    }

    /** Checks the next entry; false (and the walk is broken) when it does not hold. */
    boolean accept(AuditEntry entry) {
        if (entry.getSeq() != expectedSeq) {
            return broken(expectedSeq, "entry " + expectedSeq + " is missing");
        }
        if (!entry.getPrevHash().equals(previousHash)) {
            return broken(entry.getSeq(), "its link to entry " + (expectedSeq - 1) + " does not match");
        }
        if (entry.isKeyed() && keyedFrom == null) {
            keyedFrom = entry.getSeq();
        }
        if (!entry.isKeyed() && keyedFrom != null) {
            // Once the key seals, every later entry is sealed: a plain one was written without the key.
            return broken(entry.getSeq(), "it is not sealed with the key, unlike entry " + keyedFrom);
        }
        if (entry.isKeyed() && key == null) {
            return broken(entry.getSeq(), "it is sealed with a key, and THIDUA_AUDIT_KEY is not configured");
        }
        if (!AuditHash.of(entry, key).equals(entry.getHash())) {
            return broken(entry.getSeq(), entry.isKeyed()
                    ? "its content does not match its seal (or the configured key is another)"
                    : "its content does not match its hash");
        }
        previousHash = entry.getHash();
        expectedSeq++;
        checked++;
        return true;
    }

    /** After the last entry: the recorded head must be where the walk ended; a keyed installation must have seals. */
    boolean finish(long headLastSeq, String headLastHash) {
        if (headLastSeq != checked || !headLastHash.equals(previousHash)) {
            return broken(checked + 1, "the chain ends before the recorded last entry " + headLastSeq);
        }
        if (key != null && checked > 0 && keyedFrom == null) {
            // The application seals an entry at every start with a key: a keyed installation without one was rewritten.
            return broken(1L, "a key is configured but no entry is sealed with it");
        }
        return true;
    }

    private boolean broken(long seq, String why) {
        brokenSeq = seq;
        problem = why;
        return false;
    }

    long expectedSeq() {
        return expectedSeq;
    }

    long checked() {
        return checked;
    }

    Long keyedFrom() {
        return keyedFrom;
    }

    Long brokenSeq() {
        return brokenSeq;
    }

    String problem() {
        return problem;
    }
}
