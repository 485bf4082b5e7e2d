package vn.thidua.commendation;

/**
 * Where a nomination batch stands (RULES.md §6). A returned batch goes back to the unit and is submitted again;
 * decided and rejected are final.
 */
public enum NominationState {
    DRAFT, SUBMITTED, RETURNED, RECEIVED, APPRAISED, COUNCIL, POSTING, AWAITING_SIGNATURE, DECIDED, REJECTED;

    public boolean isFinal() {
        return this == DECIDED || this == REJECTED;
    }
}
