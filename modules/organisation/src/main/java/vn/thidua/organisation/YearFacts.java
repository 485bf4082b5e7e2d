package vn.thidua.organisation;

import java.io.Serializable;
import java.util.List;

/** What the member rules read of one person for one year: the name, the rating (null if none), discipline. */
public record YearFacts(String fullName, Rating rating, List<DisciplineLevel> disciplines) implements Serializable {
}
