package vn.thidua.campaigns;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The records the movements service takes and gives. */
public final class Movements {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Movements() {
    }

    /** A movement as launched or drafted; participants are units and/or clusters of the start year. */
    public record MovementInput(String code, String name, String theme, String slogan, MovementKind kind,
                                MovementLevel level, MovementScope scope, String unitCode, LocalDate startsOn,
                                LocalDate endsOn, List<String> unitCodes, List<String> clusterCodes, String targets,
                                String scheme) implements Serializable {
    }

    public record MovementSummary(long id, String code, String name, MovementKind kind, MovementLevel level,
                                  MovementScope scope, String unitCode, LocalDate startsOn, LocalDate endsOn,
                                  MovementState state, long version) implements Serializable {

        public String period() {
            return DAY.format(startsOn) + " – " + DAY.format(endsOn);
        }

        /** The duration band of form 0601: under 1 year, 1 year, 1 to under 3, 3 to under 5, 5 years and more. */
        public String durationBand() {
            long months = ChronoUnit.MONTHS.between(startsOn, endsOn.plusDays(1));
            return months < 12 ? "LT1" : months == 12 ? "Y1" : months < 36 ? "Y1_3" : months < 60 ? "Y3_5" : "GE5";
        }
    }

    public record PhaseDetails(long id, String name, LocalDate startsOn, LocalDate endsOn) implements Serializable {

        public String period() {
            return DAY.format(startsOn) + " – " + DAY.format(endsOn);
        }
    }

    public record ReviewDetails(long id, ReviewKind kind, LocalDate heldOn, String summary, String figures,
                             DocumentDetails document, String recordedBy) implements Serializable {

        public String heldOnText() {
            return DAY.format(heldOn);
        }
    }

    public record DocumentDetails(long id, String fileName, String contentType, long size) implements Serializable {
    }

    public record Participant(String unitCode, String unitName) implements Serializable {
    }

    public record MovementDetails(MovementSummary summary, String theme, String slogan, String unitName, String targets,
                               String scheme, List<String> clusterCodes, List<Participant> participants,
                               List<PhaseDetails> phases, List<ReviewDetails> reviews, DocumentDetails launchDocument,
                               LocalDate launchedOn, OffsetDateTime createdAt, String createdBy, boolean mayManage)
            implements Serializable {

        public String clusters() {
            return String.join(", ", clusterCodes);
        }
    }

    public record StoredDocument(String fileName, String contentType, byte[] content) {
    }
}
