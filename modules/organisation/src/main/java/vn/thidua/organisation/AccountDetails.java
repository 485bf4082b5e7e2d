package vn.thidua.organisation;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** An account as the administrators' screen shows it. */
public record AccountDetails(String username, String displayName, boolean enabled, boolean hasPassword,
                             boolean directory,
                             OffsetDateTime lockedUntil, List<RoleGrant> grants, long version) implements Serializable {
}
