package vn.thidua.platform;

/** A write that would contradict what is recorded (a duplicate, say); nothing was changed. */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Violation violation;

    public ConflictException(Violation violation) {
        super(violation.toString());
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
