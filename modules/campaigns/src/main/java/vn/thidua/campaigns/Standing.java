package vn.thidua.campaigns;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A unit's place in a cluster's published ranking of a year: its position (units that tie share it), of how many,
 * its total, and how a tie was broken ({@code tieBreak}: null, PENALTY, CRITERION:n, SHARED).
 */
public record Standing(String clusterCode, String clusterName, int year, String unitCode, String unitName,
                       int position, int of, BigDecimal total, String tieBreak) implements Serializable {
}
