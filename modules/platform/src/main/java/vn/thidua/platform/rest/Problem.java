package vn.thidua.platform.rest;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code detail} is Vietnamese and says what is wrong; {@code errors} lists the
 * fields at fault when the input did not validate.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field at fault and what is wrong with it, in Vietnamese. */
    public record FieldError(String field, String message) {
    }
}
