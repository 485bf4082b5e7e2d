package vn.thidua.commendation;

import java.time.LocalDate;

/** A decided commendation to record, as a decision states it. */
public record CommendationInput(String awardCode, RecipientType recipientType, String recipientCode, int year,
                                CommendationType type, String movementCode, String decisionNumber,
                                LocalDate decisionDate, String signer, String authority) {
}
