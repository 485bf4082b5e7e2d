package vn.thidua.commendation;

/** What moves a nomination batch from one state to the next; each is allowed to some roles only. */
public enum NominationAction {
    SUBMIT, RECEIVE, RETURN, APPRAISE, TO_COUNCIL, CLOSE_COUNCIL, CLOSE_POSTING, SEND_TO_CENTRAL, SIGN, REJECT
}
