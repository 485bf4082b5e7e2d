package vn.thidua.organisation;

import java.util.List;

/** Accounts of people who sign in, and the roles granted to them on units. */
public interface AccountService {

    /** Session attribute: the account's security stamp when the session signed in (a change ends the session). */
    String SESSION_STAMP = "thidua.securityStamp";

    /** Session attribute, present while the signed-in account must change a password someone else chose. */
    String MUST_CHANGE_PASSWORD = "thidua.mustChangePassword";

    /**
     * Creates the administrator account with the role {@code thidua-admin} on the given unit, unless an
     * account of that name exists. Returns true when it was created now.
     */
    boolean createAdministratorIfAbsent(String username, char[] password, String unitCode);

    /** The roles the account holds now, with their units, for display and for scope checks. */
    List<RoleGrant> grantsOf(String username);

    /**
     * Creates or updates an account (administrators only, on accounts whose grants all lie in their subtrees, granting
     * only there): its display name, password when given (required for a new local account), whether it may sign in
     * ({@code null}: as it was, enabled when new), whether it signs in through the intranet directory ({@code null}:
     * as it was; a new account without a password is a directory account), and its grants, which replace the current
     * ones (a withdrawn grant is dated, not deleted). A changed password, grant or enabled state ends the account's
     * open sessions.
     */
    void save(String username, String displayName, char[] password, Boolean enabled, Boolean directory,
              List<RoleGrant> grants);

    /**
     * The roles of a local account whose password is right, or empty: unknown, disabled and directory accounts
     * pay the same hashing as a wrong password, so that the time does not tell which names exist.
     */
    java.util.Optional<java.util.Set<String>> verifyPassword(String username, char[] password);

    /** The stamp of an enabled account's sessions; empty when it is disabled or unknown (its sessions end). */
    java.util.OptionalLong securityStamp(String username);

    /**
     * The stamp of an enabled account that is not locked now, in one read: what a remembered API credential needs
     * to stay valid (issue 16). Empty when the account is disabled, locked or unknown.
     */
    java.util.OptionalLong usableStamp(String username);

    /** True when the account signs in with a password someone else chose and must change it first. */
    boolean mustChangePassword(String username);

    /** True when the account exists, is enabled and signs in through the intranet directory. */
    boolean isDirectoryAccount(String username);

    /** Accounts whose name or display name contains the text, for administrators. */
    List<AccountDetails> search(String text, int max);

    java.util.Optional<AccountDetails> find(String username);

    /** The signed-in account's display name (a decision's signer, a council's roster); empty when unknown. */
    java.util.Optional<String> ownDisplayName();

    /** Sets a new password for an account (administrators); the account's lock is lifted. */
    void resetPassword(String username, char[] newPassword);

    /**
     * The signed-in user changes their own password; refused (field {@code currentPassword}) unless the current
     * one is right.
     */
    void changeOwnPassword(String username, char[] currentPassword, char[] newPassword);


    /** The enabled accounts holding one of {@code roles} on the unit or a unit above it (who to notify). */
    List<String> holdersOf(String unitPath, java.util.Collection<String> roles);

    /** Sets (or, with null, removes) the address where the account receives email notices; administrators. */
    void setEmail(String username, String email);

    /** The email addresses of these accounts that have one, by user name. */
    java.util.Map<String, String> emailsOf(java.util.Collection<String> usernames);
}
