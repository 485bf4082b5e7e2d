package vn.thidua.organisation;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Interactive sign-in lockout: after a number of failures in a row (five by default) an account is locked for a
 * configurable time; a success clears the count. Failures of the API are not counted here (they are throttled
 * per client address), so that nobody can lock an integration account by calling the API with a bad password.
 */
public interface SignInGuard {

    /** Until when the account is locked, if it is now. */
    Optional<OffsetDateTime> lockedUntil(String username);

    /**
     * Counts a refused interactive sign-in of an existing account and puts it in the audit trail (never the password),
     * locking the account, ending its sessions, after too many in a row. Unknown names are only logged.
     */
    void recordFailure(String username, String address);

    /** Clears the count and puts the sign-in in the audit trail. */
    void recordSuccess(String username, String address);

    /**
     * Seconds until a client address may try an API password again (0: now), after too many failures in a window.
     * The counts are in the database: every node of a cluster refuses the same address.
     */
    long apiRetryAfterSeconds(String address);

    /** Counts a refused API sign-in of a client address (any user name). */
    void recordApiFailure(String address);
}
