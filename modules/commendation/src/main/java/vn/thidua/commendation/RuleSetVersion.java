package vn.thidua.commendation;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A version of the rules and when it is in force (to an open end when {@code effectiveTo} is null); {@code replacedBy}
 * names the corrected version for the same period that is used instead (null while it is the one in force).
 */
public record RuleSetVersion(String code, String name, LocalDate effectiveFrom, LocalDate effectiveTo, String replacedBy)
        implements Serializable {
}
