package vn.thidua.organisation;

import java.io.Serializable;
import java.time.LocalDate;

/** A person as a line of a list: what the list shows, read in one query. */
public record PersonSummary(String code, String fullName, Gender gender, LocalDate birthDate,
                            PositionCategory positionCategory, String unitCode, String unitName) implements Serializable {
}
