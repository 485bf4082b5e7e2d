package vn.thidua.commendation;

/**
 * The emulation and commendation council's work on a batch in the council's step: the session (date, place, chair,
 * each member's attendance and declared conflicts) and each nominee's secret ballot, counted by the rules in force.
 * Council secretaries (and administrators) of the batch's unit; ballots are never changed (a correction is a new one).
 */
public interface Council {

    /** Records a session of the batch; refused outside the council's step. */
    void recordSession(long batchId, Nominations.SessionInput session);

    /** Records a nominee's ballot and says whether it passed, and why. */
    BallotResult recordBallot(long nomineeId, BallotInput ballot);
}
