package vn.thidua.commendation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One commendation of a recipient's history (shared/API.md): revoked and superseded ones stay, marked.
 * {@code supersedes} names the record a correction replaced; {@code rewardAmount} is in VND.
 */
public record HistoryEntry(long id, String awardCode, String awardName, AwardKind awardKind, int year,
                           CommendationType type, String movementCode, String decisionNumber, LocalDate decisionDate,
                           String signer, String authority, boolean revoked, Revocation revocation,
                           Long supersededBy, Long supersedes, BigDecimal rewardAmount) implements Serializable {
}
