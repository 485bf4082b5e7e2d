package vn.thidua.organisation;

import java.util.List;

/** Accounts of people who sign in, and the roles granted to them on units. */
public interface AccountService {

    /**
     * Creates the administrator account with the role {@code thidua-admin} on the given unit, unless an
     * account of that name exists. Returns true when it was created now.
     */
    boolean createAdministratorIfAbsent(String username, char[] password, String unitCode);

    /** The roles the account holds now, with their units, for display and for scope checks. */
    List<RoleGrant> grantsOf(String username);

    /**
     * Creates or updates an account (administrators only): its display name, password when given (required for
     * a new account), whether it may sign in, and its grants, which replace the current ones (a withdrawn grant
     * is dated, not deleted).
     */
    void save(String username, String displayName, char[] password, boolean enabled, List<RoleGrant> grants);

    /** Accounts whose name or display name contains the text, for administrators. */
    List<AccountDetails> search(String text, int max);

    java.util.Optional<AccountDetails> find(String username);

    /** Sets a new password for an account (administrators); the account's lock is lifted. */
    void resetPassword(String username, char[] newPassword);

    /**
     * The signed-in user changes their own password; refused (field {@code currentPassword}) unless the current
     * one is right.
     */
    void changeOwnPassword(String username, char[] currentPassword, char[] newPassword);

    /** True when an application account of that name exists and is disabled (directory sign-in is refused). */
    boolean isDisabled(String username);

    /** The enabled accounts holding one of {@code roles} on the unit or a unit above it (who to notify). */
    List<String> holdersOf(String unitPath, java.util.Collection<String> roles);

    /** Sets (or, with null, removes) the address where the account receives email notices; administrators. */
    void setEmail(String username, String email);

    /** The email addresses of these accounts that have one, by user name. */
    java.util.Map<String, String> emailsOf(java.util.Collection<String> usernames);
}
