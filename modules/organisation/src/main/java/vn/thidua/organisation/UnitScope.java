package vn.thidua.organisation;

import java.util.List;

/**
 * Where the caller may act: each role is granted on a unit and reaches that unit's subtree. Reading needs
 * any role there; writing organisation data needs an administrator, specialist, integration or unit officer
 * grant there. Services of every module ask this before they read or write a unit's records.
 */
public interface UnitScope {

    boolean canRead(String unitPath);

    boolean canWrite(String unitPath);

    /** Throws {@link vn.thidua.platform.AccessDeniedException} unless the caller may read there. */
    void checkRead(String unitPath, String what);

    /** Throws {@link vn.thidua.platform.AccessDeniedException} unless the caller may write there. */
    void checkWrite(String unitPath, String what);

    /** The subtrees the caller may read, as path prefixes with no prefix of another among them. */
    List<String> readablePaths();

    /** True when the caller reads the whole tree (a grant on the root). */
    boolean readsEverything();
}
