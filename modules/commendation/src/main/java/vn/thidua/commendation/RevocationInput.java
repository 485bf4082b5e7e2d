package vn.thidua.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Why and by which decision a commendation is revoked, and what was recovered of the item and the money. */
public record RevocationInput(String reason, String decisionNumber, LocalDate decisionDate, boolean itemRecovered,
                              BigDecimal moneyRecovered) {
}
