package vn.thidua.commendation.internal.rules;

/** The kinds of condition a rule set is made of; each reads its parameters (RULES.md §5). */
public enum ConditionKind {
    // Every kind also reads two optional parameters that say where it applies: for=PERSON,UNIT,HOUSEHOLD (the
    // recipient types) and types=THUONG_XUYEN,CHUYEN_DE,… (the commendation types); absent, it applies everywhere.
    /** The recipient's rating is at least {@code min} in each year Y - n for n in {@code years}. */
    RATING,
    /** No discipline at {@code min} or heavier taking effect in Y. */
    NO_DISCIPLINE,
    /** At least {@code months} months of work in Y. */
    MONTHS_OF_WORK,
    /**
     * One of {@code awards} held (decided, not revoked, not superseded) for each year Y - n, n in {@code years};
     * with {@code notReusedBy}, none of those years already counted by that award over its {@code period}.
     */
    HOLDS_AWARD,
    /**
     * One of {@code awards} held for some year at least {@code gap} years before Y (the chains upward: "already
     * awarded X, then N years ..."), decided, not revoked.
     */
    HELD_BEFORE,
    /** At least {@code count} initiatives of scope {@code scope} or wider recognised in the {@code window} years to Y. */
    INITIATIVE,
    /**
     * The unit's count of this award for Y, this one included, stays within {@code ratio} × its count of the awards
     * {@code of} (comma separated, added up).
     */
    UNIT_CAP,
    /** The share of the collective's members holding {@code award} in Y is above ({@code strict}) or at {@code share}. */
    MEMBERS_SHARE,
    /** Every member rated at least {@code min} in Y. */
    MEMBERS_RATING,
    /** At least {@code count} members hold {@code award} in Y. */
    MEMBERS_HOLD,
    /** No member disciplined at {@code min} or heavier in Y. */
    MEMBERS_NO_DISCIPLINE,
    /** The collective stands at {@code max} or better in a published ranking of one of its clusters or blocs for Y. */
    CLUSTER_RANK
}
