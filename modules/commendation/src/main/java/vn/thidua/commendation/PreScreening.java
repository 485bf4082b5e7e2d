package vn.thidua.commendation;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Pre-screening ("sàng lọc"): for a unit subtree and a year, every person and collective who qualifies for each
 * annual title under the rule set in force on 31 December, with the reasons. Evaluated set-wise: the facts are
 * read a batch of units (and a thousand people) at a time, in a fixed number of queries per batch. It checks no
 * grant: {@link PreScreeningJobs} checks the caller's role on the unit before it runs one in the background.
 */
public interface PreScreening {

    /** The annual titles and forms pre-screened, in the order reports list them. */
    List<String> AWARDS = List.of("LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TQ", "TTLDTT", "TTLDXS", "BANG_KHEN_TINH");

    /**
     * Evaluates everyone in the subtree of {@code unitCode} for {@code year}; each qualified (recipient, award) goes
     * to {@code qualified} as soon as it is known, so that callers can stream it to a file.
     */
    default Summary run(String unitCode, int year, Consumer<Candidate> qualified) {
        return run(unitCode, year, qualified, (done, total) -> { });
    }

    /** The same, telling {@code progress} after each batch how many of the run's steps are done. */
    Summary run(String unitCode, int year, Consumer<Candidate> qualified, Progress progress);

    /** Told after each batch: {@code done} of {@code total} steps (a step is a unit screened, once for its people
     *  and once as a collective). */
    @FunctionalInterface
    interface Progress {
        void done(int done, int total);
    }

    /** A recipient who meets every condition of an award, with the evidence of each condition. */
    record Candidate(RecipientType recipientType, String code, String name, String unitCode, String unitName,
                     String awardCode, List<String> reasons) implements Serializable {

        /** The reasons one per line, for lists and cells. */
        public String reasonLines() {
            return String.join("\n", reasons);
        }
    }

    /** How many were evaluated and how many qualified for each award. */
    record Summary(String unitCode, String unitName, int year, String ruleSetVersion, int people, int units,
                   Map<String, Integer> qualified) implements Serializable {
    }
}
