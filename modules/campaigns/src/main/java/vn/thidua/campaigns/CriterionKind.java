package vn.thidua.campaigns;

/** A line of a covenant's scoring sheet: a criterion scored up to its maximum, a bonus added, a penalty taken away. */
public enum CriterionKind {
    CRITERION, BONUS, PENALTY
}
