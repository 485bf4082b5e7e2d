package vn.thidua.platform;

/** The caller's roles do not reach the unit the record belongs to. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String what) {
        super("Access denied: " + what);
    }
}
