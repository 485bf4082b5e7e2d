package vn.thidua.organisation;

/** The outcome of a create-or-update: the record as stored, and whether it was created now. */
public record Saved<T>(T value, boolean created) {
}
