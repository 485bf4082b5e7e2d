package vn.thidua.campaigns;

import java.util.List;

/**
 * Clusters and blocs of a year with their covenant: members self-score with evidence, the head's team confirms or
 * adjusts with a reason (the deputy's team for the head's own sheet), the ranking follows and, once published, is
 * announced as a {@link RankingPublished} event and read by the rules through {@link #standings}.
 */
public interface ClusterService {

    /** Creates a cluster of a year with its members and scoring sheet (administrators and specialists above all members). */
    long create(Clusters.ClusterInput input);

    List<Clusters.ClusterSummary> list(int year);

    Clusters.ClusterDetails find(String code, int year);

    /** A member's own points (text: evidence); {@code submit} sends the sheet to the head. */
    void score(String code, int year, String unitCode, List<Clusters.Points> points, boolean submit);

    /** The head's team confirms a submitted sheet, with changed points (text: the reason of each change). */
    void confirm(String code, int year, String unitCode, List<Clusters.Points> adjustments);

    /** Publishes the ranking once every sheet is confirmed; it is kept as published. */
    List<Clusters.RankDetails> publish(String code, int year, long expectedVersion);

    /** The unit's places in published rankings of {@code year}. */
    List<Standing> standings(String unitCode, int year);
}
