package vn.thidua.campaigns;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The records of advanced exemplars. */
public final class Exemplars {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Exemplars() {
    }

    /** {@code collective}: a unit (code of the unit) rather than a person. */
    public record ExemplarInput(boolean collective, String code, String movementCode, Integer year, LocalDate periodFrom,
                                LocalDate periodTo, String story) implements Serializable {
    }

    public record ExemplarDetails(long id, boolean collective, String code, String name, String movementCode,
                               String movementName, int year, LocalDate periodFrom, LocalDate periodTo, String story,
                               Long photoId) implements Serializable {

        public String period() {
            if (periodFrom == null && periodTo == null) {
                return "";
            }
            return (periodFrom == null ? "" : DAY.format(periodFrom)) + " – " + (periodTo == null ? "" : DAY.format(periodTo));
        }
    }
}
