package vn.thidua.platform.rest;

import java.util.List;

/**
 * Thrown by resources and services to answer with a problem detail. The detail is Vietnamese text, taken
 * from a bundle (see {@link ProblemMessages}).
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String detail;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemException(int status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, ProblemMessages.get("problem.invalid"),
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, detail);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
