package vn.thidua.commendation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The count of a ballot: whether the quorum was met and the nominee passed, the percentage of agreeing votes
 * over all members, and the arithmetic as a Vietnamese sentence.
 */
public record BallotResult(boolean quorumMet, boolean passed, BigDecimal percentOfMembers, String quorum,
                           String threshold, String explanation) implements Serializable {
}
