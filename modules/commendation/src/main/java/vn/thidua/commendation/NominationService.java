package vn.thidua.commendation;

import java.util.List;

/**
 * Nomination batches from the unit's proposal to the signed decision (RULES.md §6): nominees with their verdicts
 * (kept as they were at submission), dossier files, the transitions of the workflow by role, appraisal, council
 * ballots and the decision, whose nominees become commendation records. Every write is audited.
 */
public interface NominationService {

    long create(Nominations.BatchInput input);

    Nominations.BatchDetails find(long id);

    /** The batches the caller may read, newest first (at most {@code max}); {@code actionable}: only those
     * waiting for an action the caller may take. */
    List<Nominations.BatchSummary> list(boolean actionable, int max);

    /** The batches linked to a movement (thematic nominations) that the caller may read, newest first. */
    List<Nominations.BatchSummary> ofMovement(String movementCode, int max);

    /** The batches of a unit for an achievement year that the caller may read, in full. */
    List<Nominations.BatchDetails> ofUnit(String unitCode, int year);

    /** How many batches (of the subtree of {@code unitCode}, or all readable) are in each state, by age since created. */
    List<Nominations.StateAge> ages(String unitCode);

    long addNominee(long batchId, RecipientType type, String code, String awardCode);

    /** The batch of a nominee the caller may read (a path naming both is checked against it). */
    long batchOfNominee(long nomineeId);

    void withdrawNominee(long nomineeId);

    /** A specialist lets a nominee who fails a hard rule be submitted, with a written reason. */
    void override(long nomineeId, String reason);

    /** Takes a workflow action; refused when the batch changed since {@code expectedVersion}. */
    NominationState act(long batchId, long expectedVersion, NominationAction action, String comment);

    /**
     * The unit asks the office for leave to submit a nominee the rules refuse (draft or returned batch, the unit's
     * roles): kept on the nominee, told to the specialists of the unit, who may then override.
     */
    void requestPermission(long nomineeId, String reason);

    void appraise(long nomineeId, boolean pass, String reason);

    void sign(long batchId, long expectedVersion, Nominations.SignInput input);

    /** What the signature form of a batch starts from (the caller may sign it). */
    Nominations.SigningDefaults signingDefaults(long batchId);

    /** For each of these commendations decided through a batch, the batch (its dossier, ballots and decision). */
    java.util.Map<Long, Long> batchesOf(java.util.Collection<Long> commendationIds);
}
