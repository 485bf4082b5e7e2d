package vn.thidua.organisation;

import java.io.Serializable;
import java.time.LocalDate;

/** A merger or dissolution in a unit's history. */
public record UnitChange(UnitChangeKind kind, String unitCode, String unitName, String successorCode,
                         String successorName, LocalDate effectiveDate, String decisionNumber) implements Serializable {
}
