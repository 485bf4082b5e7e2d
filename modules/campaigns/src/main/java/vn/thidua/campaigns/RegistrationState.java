package vn.thidua.campaigns;

import java.util.Set;

/** A registration is drafted by the unit, submitted to the superior unit, which receives it or returns it. */
public enum RegistrationState {
    DRAFT, SUBMITTED, RECEIVED, RETURNED;

    /** The unit may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** A registration counts (for the warnings of nominations) once it left the unit and was not returned. */
    public boolean counts() {
        return this == SUBMITTED || this == RECEIVED;
    }

    public static final Set<RegistrationState> OPEN = Set.of(DRAFT, RETURNED);
}
