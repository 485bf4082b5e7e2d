package vn.thidua.organisation;

/**
 * Who the members of a collective are for the rules over its members (RULES.md §5): the people whose unit is the
 * collective on 31 December, or those of its subunits too (a department whose staff sit in its offices). A
 * per-unit setting; AUTO, the default, counts the subunits' people when the collective has none of its own.
 */
public enum MemberCount {
    AUTO, OWN, WITH_SUBUNITS;

    /** Whether the subunits' people count, given whether the collective has people of its own. */
    public boolean countsSubunits(boolean hasOwnPeople) {
        return this == WITH_SUBUNITS || this == AUTO && !hasOwnPeople;
    }
}
