package vn.thidua.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A person who belongs to a unit on 31 December of a year, with what the annual rules read of them: the start
 * of work (the first membership when none was recorded), the ratings and the discipline of the years asked for.
 */
public record PersonYearProfile(String code, String fullName, String unitCode, LocalDate startOfWork,
                                Map<Integer, Rating> ratings, Map<Integer, List<DisciplineLevel>> disciplines)
        implements Serializable {
}
