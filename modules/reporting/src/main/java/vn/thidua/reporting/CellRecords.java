package vn.thidua.reporting;

import java.io.Serializable;
import java.util.List;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.campaigns.Movements;

/** The records behind a figure: commendations for 0602/0603, movements for 0601; {@code total} of them in all. */
public record CellRecords(List<CommendationStatistics.Line> commendations, List<Movements.MovementSummary> movements,
                          long total) implements Serializable {
}
