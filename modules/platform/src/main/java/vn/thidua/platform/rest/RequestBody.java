package vn.thidua.platform.rest;

/**
 * A request body bound to a record: {@link RecordBodyReader} reads the JSON object (size, depth and syntax refused
 * as problems), binds each component by its name and type with JSON-B (a value of the wrong type is an error on that
 * field), then validates the record's constraints ({@code vn.thidua.platform.validation}); every error of the body
 * comes back at once, one per field. Unknown fields are ignored.
 */
public interface RequestBody {
}
