package vn.thidua.organisation;

/** A role an account holds on a unit (and so on the unit's subtree). */
public record RoleGrant(String role, String unitCode, String unitName) {
}
