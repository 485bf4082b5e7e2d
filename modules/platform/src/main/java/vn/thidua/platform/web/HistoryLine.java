package vn.thidua.platform.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One commendation as the pages of people, units and households show it: the award, the year of the
 * achievement, the decision, the reward in VND, its status in words ({@code active} false when revoked or
 * superseded) and the dossier (nomination batch) it came from, if any.
 */
public record HistoryLine(String award, int year, String decisionNumber, LocalDate decisionDate, BigDecimal amount,
                          String status, boolean active, String dossierLink) implements Serializable {
}
