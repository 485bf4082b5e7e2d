package vn.thidua.platform.audit;

/**
 * The result of checking the audit chain: how many entries were checked and, when the chain is broken, the
 * first entry whose link does not hold and why.
 */
public record ChainVerification(boolean intact, long checked, Long firstBrokenSeq, String problem) {
}
