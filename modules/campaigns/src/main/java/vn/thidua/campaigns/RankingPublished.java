package vn.thidua.campaigns;

import java.util.List;

/**
 * Fired (synchronously, inside the publishing transaction) when the office that set up a cluster publishes its ranking
 * for a year. The commendation module observes it to draft the office's nominations (the leader for the provincial
 * flag, the next ones for certificates of merit); a failure there rolls the publication back.
 *
 * @param ownerUnitCode    the unit whose office set up the cluster (the lowest unit above all its members)
 *
 * @param flagCount        how many of the top positions are proposed for the provincial emulation flag
 * @param certificateCount how many after them are proposed for the provincial certificate of merit
 */
public record RankingPublished(String clusterCode, String clusterName, int year, String ownerUnitCode, String headUnitCode,
                               List<Standing> ranking, int flagCount, int certificateCount) {
}
