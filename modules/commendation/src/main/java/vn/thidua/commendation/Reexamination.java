package vn.thidua.commendation;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A decided award to re-examine: its conditions relied on a record that was later revoked (REVOKED) or corrected
 * (SUPERSEDED), and the rules no longer hold; {@code summary} lists the failing checks.
 */
public record Reexamination(long commendationId, RecipientType recipientType, String recipientCode, String awardCode,
                            int year, String decisionNumber, LocalDate decisionDate, long causeId, String causeKind,
                            String summary, OffsetDateTime flaggedAt) implements Serializable {
}
