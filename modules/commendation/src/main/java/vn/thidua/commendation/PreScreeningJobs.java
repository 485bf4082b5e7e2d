package vn.thidua.commendation;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pre-screenings run in the background: started for a unit and a year by someone with a unit-side role on that
 * unit, followed by polling, their result and workbook kept in the database for {@code thidua.prescreening.keep-hours}
 * hours. A job is seen only by the account that started it.
 */
public interface PreScreeningJobs {

    /**
     * Checks the input and the caller's role on the unit, records the job and starts it; returns at once.
     * Bad input is an {@code InvalidInputException}, an unknown unit an {@code UnknownRecordException}, a unit
     * outside the caller's grants an {@code AccessDeniedException}.
     */
    JobDetails start(String unitCode, Integer year);

    /** The caller's job, while it is kept; empty for anyone else's or an expired one. */
    Optional<JobDetails> find(String id);

    /** The workbook of the caller's finished job. */
    Optional<byte[]> workbook(String id);

    /** The caller's jobs of the last hours, newest first, without their counts and first candidates. */
    List<JobDetails> recent();

    /** How many hours a job and its workbook are kept. */
    int keepHours();

    enum State { QUEUED, RUNNING, DONE, FAILED }

    /**
     * A job as its owner sees it. {@code done}/{@code total} count steps (a unit screened for its people, then as a
     * collective); {@code counts} and {@code preview} are there when it is done, {@code failure} when it failed
     * (a Vietnamese sentence; "interrupted" when the node running it stopped).
     */
    record JobDetails(String id, String unitCode, String unitName, int year, State state, int done, int total,
                      Integer people, Integer units, String ruleSetVersion, Map<String, Integer> counts,
                      List<PreScreening.Candidate> preview, String failure, OffsetDateTime createdAt,
                      OffsetDateTime finishedAt) implements Serializable {

        /** Progress in percent, 100 when done. */
        public int percent() {
            if (state == State.DONE) {
                return 100;
            }
            return total <= 0 ? 0 : Math.min(99, (int) (100L * done / total));
        }

        public boolean finished() {
            return state == State.DONE || state == State.FAILED;
        }
    }
}
