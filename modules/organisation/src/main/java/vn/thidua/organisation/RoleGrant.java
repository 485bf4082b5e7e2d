package vn.thidua.organisation;

import java.io.Serializable;

/** A role an account holds on a unit (and so on the unit's subtree). */
public record RoleGrant(String role, String unitCode, String unitName) implements Serializable {
}
