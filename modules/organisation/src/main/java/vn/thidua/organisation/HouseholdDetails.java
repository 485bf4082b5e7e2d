package vn.thidua.organisation;

import java.io.Serializable;

/** A household (for family titles) in its village or commune. */
public record HouseholdDetails(String code, String headName, String unitCode, String unitName, long version) implements Serializable {
}
