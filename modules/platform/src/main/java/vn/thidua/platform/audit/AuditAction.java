package vn.thidua.platform.audit;

/** What a write did. Records are never deleted: a correction or a revocation is a new record. */
public enum AuditAction {
    CREATE, UPDATE, DISABLE, CORRECT, REVOKE, MERGE, GRANT, WITHDRAW, READ_PERSONAL_DATA, DELETE
}
