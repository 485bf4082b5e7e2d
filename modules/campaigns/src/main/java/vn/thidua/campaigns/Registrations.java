package vn.thidua.campaigns;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** The records of emulation registrations. */
public final class Registrations {

    /** Emulation titles people register for (Law 2022: the titles for individuals). */
    public static final Set<String> PERSON_TITLES = Set.of("LDTT", "CSTT", "CSTDCS", "CSTD_TINH", "CSTD_TQ");

    /** Emulation titles a collective registers for. */
    public static final Set<String> COLLECTIVE_TITLES = Set.of("TTLDTT", "TTLDXS", "CO_TD_TINH", "CO_TD_CP");

    private Registrations() {
    }

    public record Line(String personCode, String awardCode) implements Serializable {
    }

    public record RegistrationInput(String unitCode, Integer year, String movementCode, String collectiveAward,
                                    String collectiveTarget, List<Line> lines) implements Serializable {
    }

    public record LineDetails(String personCode, String personName, String awardCode) implements Serializable {
    }

    public record RegistrationDetails(long id, String unitCode, String unitName, int year, String movementCode,
                                   String collectiveAward, String collectiveTarget, RegistrationState state,
                                   String returnReason, OffsetDateTime submittedAt, String submittedBy,
                                   String decidedBy, long version, List<LineDetails> lines, boolean mayEdit,
                                   boolean mayDecide) implements Serializable {

        public long count(String awardCode) {
            return lines.stream().filter(l -> l.awardCode().equals(awardCode)).count();
        }
    }
}
