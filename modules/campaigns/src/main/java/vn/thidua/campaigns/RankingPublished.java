package vn.thidua.campaigns;

import java.util.List;

/**
 * Fired (synchronously, inside the publishing transaction) when a cluster's ranking for a year is published. The
 * commendation module observes it to draft the nominations (the leader for the provincial flag, the next ones for
 * certificates of merit); a failure there rolls the publication back.
 *
 * @param flagCount        how many of the top positions are proposed for the provincial emulation flag
 * @param certificateCount how many after them are proposed for the provincial certificate of merit
 */
public record RankingPublished(String clusterCode, String clusterName, int year, String headUnitCode,
                               List<Standing> ranking, int flagCount, int certificateCount) {
}
