package vn.thidua.campaigns;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The records of clusters and blocs, their covenants, scores and rankings. */
public final class Clusters {

    private Clusters() {
    }

    public record CriterionInput(String name, CriterionKind kind, BigDecimal maxPoints, BigDecimal weight)
            implements Serializable {
    }

    public record ClusterInput(String code, Integer year, String name, ClusterKind kind, String headUnitCode,
                               String deputyUnitCode, List<String> unitCodes, List<CriterionInput> criteria,
                               Integer flagCount, Integer certificateCount) implements Serializable {
    }

    public record CriterionDetails(long id, int position, String name, CriterionKind kind, BigDecimal maxPoints,
                                BigDecimal weight) implements Serializable {

        public String maxText() {
            return maxPoints.stripTrailingZeros().toPlainString();
        }

        public String weightText() {
            return weight.stripTrailingZeros().toPlainString();
        }
    }

    public record ScoreDetails(BigDecimal selfPoints, String evidence, BigDecimal confirmedPoints, String adjustReason)
            implements Serializable {

        /** The points that count: the head's when confirmed, else the unit's own. */
        public BigDecimal points() {
            return confirmedPoints != null ? confirmedPoints : selfPoints;
        }

        public boolean adjusted() {
            return confirmedPoints != null && confirmedPoints.compareTo(selfPoints) != 0;
        }
    }

    /** A member's sheet: its state, its scores per criterion id, its total so far, and what the caller may do. */
    public record MemberDetails(String unitCode, String unitName, SheetState state, Map<Long, ScoreDetails> scores,
                             BigDecimal total, long version, boolean mayScore, boolean mayConfirm, String submittedBy,
                             String confirmedBy) implements Serializable {
    }

    public record RankDetails(String unitCode, String unitName, int position, BigDecimal total, String tieBreak)
            implements Serializable {
    }

    public record ClusterSummary(long id, String code, int year, String name, ClusterKind kind, String headUnitCode,
                                 String headUnitName, String deputyUnitCode, int members, boolean published)
            implements Serializable {
    }

    /**
     * A cluster with its sheet and members; {@code ranking} is the published one when published, else the ranking
     * the scores so far would give.
     */
    public record ClusterDetails(ClusterSummary summary, String deputyUnitName, int flagCount, int certificateCount,
                              List<CriterionDetails> criteria, List<MemberDetails> members, List<RankDetails> ranking,
                              String publishedBy, long version, boolean mayPublish) implements Serializable {
    }

    public record Points(long criterionId, BigDecimal points, String text) implements Serializable {
    }
}
