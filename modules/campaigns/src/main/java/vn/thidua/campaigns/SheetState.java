package vn.thidua.campaigns;

/** A member unit's scoring sheet: being filled, sent to the cluster head, confirmed (possibly adjusted) by the head. */
public enum SheetState {
    DRAFT, SUBMITTED, CONFIRMED
}
