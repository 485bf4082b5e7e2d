package vn.thidua.platform;

import java.util.List;

/**
 * The part of the unit tree the caller may read, as path prefixes ("/1/5/"). The organisation module provides
 * it (it owns units and grants); the platform uses it to show auditors the audit entries of their subtree only.
 */
public interface Scope {

    /** The subtrees the caller may read, no prefix of another among them. */
    List<String> readablePaths();

    /** The subtrees where the caller holds one of {@code roles}, none a prefix of another. */
    List<String> pathsWith(java.util.Collection<String> roles);

    /** True when the caller reads the whole tree (a grant on the root). */
    boolean readsEverything();
}
