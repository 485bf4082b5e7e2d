package vn.thidua.platform.audit;

/**
 * The result of checking the audit chain: how many entries were checked and, when the chain is broken, the
 * first entry whose link does not hold and why; and how it is sealed: {@code sealedBy} "HMAC-SHA256" when entries
 * are sealed with the installation's key (from entry {@code keyedFrom}, key named by {@code keyFingerprint}),
 * else "SHA-256" (a chain that whoever holds the database could recompute).
 */
public record ChainVerification(boolean intact, long checked, Long firstBrokenSeq, String problem, String sealedBy,
                                Long keyedFrom, String keyFingerprint) {
}
