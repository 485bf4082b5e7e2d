package vn.thidua.organisation;

/** How a unit ended: merged into a successor, or dissolved. */
public enum UnitChangeKind {
    MERGE, DISSOLVE
}
