package vn.thidua.organisation;

import java.io.Serializable;
import java.time.LocalDate;

/** A period in which a person belonged to a unit; {@code validTo} null while it lasts. */
public record Membership(String unitCode, String unitName, LocalDate validFrom, LocalDate validTo) implements Serializable {
}
