package vn.thidua.commendation;

import java.io.InputStream;
import java.util.List;

/**
 * Nomination batches from the unit's proposal to the signed decision (RULES.md §6): nominees with their verdicts
 * (kept as they were at submission), dossier files, the transitions of the workflow by role, appraisal, council
 * ballots and the decision, whose nominees become commendation records. Every write is audited.
 */
public interface NominationService {

    long create(Nominations.BatchInput input);

    Nominations.BatchView find(long id);

    /** The batches the caller may read, newest first (at most {@code max}); {@code actionable}: only those
     * waiting for an action the caller may take. */
    List<Nominations.BatchSummary> list(boolean actionable, int max);

    long addNominee(long batchId, RecipientType type, String code, String awardCode);

    void withdrawNominee(long nomineeId);

    /** A specialist lets a nominee who fails a hard rule be submitted, with a written reason. */
    void override(long nomineeId, String reason);

    /** Takes a workflow action; refused when the batch changed since {@code expectedVersion}. */
    NominationState act(long batchId, long expectedVersion, NominationAction action, String comment);

    void appraise(long nomineeId, boolean pass, String reason);

    BallotResult recordBallot(long nomineeId, BallotInput ballot);

    void sign(long batchId, long expectedVersion, Nominations.SignInput input);

    long upload(long batchId, Long nomineeId, Nominations.Part part, String fileName, InputStream content);

    Nominations.StoredFile file(long fileId);

    /** For each of these commendations decided through a batch, the batch (its dossier, ballots and decision). */
    java.util.Map<Long, Long> batchesOf(java.util.Collection<Long> commendationIds);
}
