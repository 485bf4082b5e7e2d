package vn.thidua.platform.rest;

import vn.thidua.platform.validation.Required;

/** {@code {version}}: the version of the record the caller read, for a state change refused on a stale copy (412). */
public record VersionBody(@Required Integer version) implements RequestBody {
}
