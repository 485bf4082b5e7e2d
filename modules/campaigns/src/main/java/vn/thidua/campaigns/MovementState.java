package vn.thidua.campaigns;

/** A movement is drafted, launched, reviewed at its end, then closed; it never goes back. */
public enum MovementState {
    DRAFT, LAUNCHED, UNDER_REVIEW, CLOSED;

    /** The state a movement may move to from this one, if any. */
    public MovementState next() {
        return switch (this) {
            case DRAFT -> LAUNCHED;
            case LAUNCHED -> UNDER_REVIEW;
            case UNDER_REVIEW -> CLOSED;
            case CLOSED -> null;
        };
    }
}
