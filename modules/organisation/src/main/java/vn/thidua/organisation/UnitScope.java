package vn.thidua.organisation;

import vn.thidua.platform.Scope;

/**
 * Where the caller may act: each role is granted on a unit and reaches that unit's subtree. Reading needs
 * any role there; writing organisation data needs an administrator, specialist, integration or unit officer
 * grant there. Services of every module ask this before they read or write a unit's records.
 */
public interface UnitScope extends Scope {

    boolean canRead(String unitPath);

    boolean canWrite(String unitPath);

    /** True when the caller holds one of {@code roles} on the unit or a unit above it. */
    boolean hasRoleOn(String unitPath, java.util.Collection<String> roles);

    /**
     * True when the caller holds one of {@code roles} on the root of the tree: what is the province's alone
     * (catalogue, rule sets, settings, holiday calendar, timetables, certificate layouts) needs it.
     */
    boolean hasRoleOnRoot(java.util.Collection<String> roles);

    /** Throws {@link vn.thidua.platform.AccessDeniedException} unless the caller may read there. */
    void checkRead(String unitPath, String what);

    /** Throws {@link vn.thidua.platform.AccessDeniedException} unless the caller may write there. */
    void checkWrite(String unitPath, String what);

    /**
     * For background work that an account started (a pre-screening): from now on, within this request context,
     * the grants are those of {@code username} as they are now. Allowed only where there is no caller (a
     * thread of the application's own, with a request context of its own), so a signed-in user can never act as
     * another; the work checks the same grants the account would have on a screen.
     */
    void actFor(String username);

}
