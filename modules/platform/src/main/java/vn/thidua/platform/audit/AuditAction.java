package vn.thidua.platform.audit;

/** What a write did. Records are never deleted: a correction or a revocation is a new record. */
public enum AuditAction {
    CREATE, UPDATE, DISABLE, CORRECT, REVOKE, MERGE, GRANT, WITHDRAW, READ_PERSONAL_DATA, DELETE,
    /** A sign-in, successful or refused (never with the password), and an account locked after failures. */
    SIGN_IN, SIGN_IN_FAILED, LOCK
}
