/**
 * Constraints of request bodies bound to records ({@link vn.thidua.platform.rest.RequestBody}): declared once on the
 * record where the data is described; their message is the platform's violation key, so a refusal reads the same
 * as the services' own checks (problem+json, one error per field).
 */
package vn.thidua.platform.validation;
