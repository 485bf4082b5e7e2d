package vn.thidua.organisation;

/** The password hashing parameters of the application's accounts (PBKDF2, as Jakarta Security provides it). */
public final class AccountStore {

    public static final String HASH_ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    /** A hash records its own parameters, so raising this later keeps older hashes valid. */
    public static final String HASH_ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String HASH_SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String HASH_KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    private AccountStore() {
    }
}
