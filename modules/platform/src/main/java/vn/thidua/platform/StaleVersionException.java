package vn.thidua.platform;

/** Someone changed the record since the caller read it (the version or If-Match no longer matches). */
public class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String what) {
        super("Stale version of " + what);
    }
}
