package vn.thidua.organisation;

/**
 * How the sign-in checks accounts: the queries over the organisation's account tables and the password
 * hashing parameters, for the database identity store of the WAR. A caller is found only when enabled; its
 * groups are the roles it holds on any unit (scopes are checked by the application).
 */
public final class AccountStore {

    public static final String CALLER_QUERY =
            "select password_hash from org_account where username = ? and enabled = true and password_hash is not null";
    public static final String GROUPS_QUERY =
            "select distinct g.role from org_account_grant g join org_account a on a.id = g.account_id"
                    + " where a.username = ? and g.withdrawn_at is null";

    public static final String HASH_ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    /** A hash records its own parameters, so raising this later keeps older hashes valid. */
    public static final String HASH_ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String HASH_SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String HASH_KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    private AccountStore() {
    }
}
