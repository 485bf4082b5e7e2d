package vn.thidua.platform.audit;

/**
 * Walks the audit chain from its first entry and recomputes every hash: a changed, removed or inserted entry
 * breaks the chain at that entry.
 */
public interface AuditVerification {

    ChainVerification verify();
}
