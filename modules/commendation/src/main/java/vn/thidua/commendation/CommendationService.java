package vn.thidua.commendation;

import java.util.List;

/** Decided commendations: recording (including imported history), corrections, revocations, histories. */
public interface CommendationService {

    /**
     * Records a decided commendation. Refused with {@link vn.thidua.platform.ConflictException} when it
     * duplicates one already held (one achievement, one award: RULES.md §2).
     *
     * @return the id of the new record
     */
    long record(CommendationInput input);

    /** Records the corrected commendation; the old one stays, superseded and no longer counted. */
    long correct(long id, CommendationInput corrected);

    /** Revokes a commendation: the record stays, marked revoked, with the reason and what was recovered. */
    void revoke(long id, RevocationInput revocation);

    /** Every commendation of the recipient, newest first, revoked and superseded ones included and marked. */
    List<HistoryEntry> history(RecipientType type, String code);

    /** Awards flagged for re-examination within the caller's units, newest flags first. */
    List<Reexamination> toReexamine();
}
