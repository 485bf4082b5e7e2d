package vn.thidua.commendation;

/**
 * Where a nomination batch stands (RULES.md §6). A returned batch goes back to the unit and is submitted again;
 * a State-level proposal, once the chairman signed it, is sent to the central level until its decision (or
 * refusal) is recorded; decided and rejected are final.
 */
public enum NominationState {
    DRAFT, SUBMITTED, RETURNED, RECEIVED, APPRAISED, COUNCIL, POSTING, AWAITING_SIGNATURE, SENT_TO_CENTRAL, DECIDED,
    REJECTED;

    public boolean isFinal() {
        return this == DECIDED || this == REJECTED;
    }
}
