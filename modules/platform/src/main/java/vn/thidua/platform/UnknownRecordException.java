package vn.thidua.platform;

/** A code that names no record; the violation says which and what kind, in the module's words. */
public class UnknownRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Violation violation;

    public UnknownRecordException(Violation violation) {
        super(violation.toString());
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
