package vn.thidua.campaigns;

/** The scope in which an initiative was recognised, from the narrowest: unit, province, nation. */
public enum InitiativeScope {
    CO_SO, TINH, TOAN_QUOC;

    public boolean atLeast(InitiativeScope other) {
        return compareTo(other) >= 0;
    }
}
