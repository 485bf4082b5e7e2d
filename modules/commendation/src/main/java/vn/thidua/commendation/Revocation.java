package vn.thidua.commendation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A revocation as history shows it. */
public record Revocation(String reason, String decisionNumber, LocalDate decisionDate, boolean itemRecovered,
                         BigDecimal moneyRecovered) implements Serializable {
}
