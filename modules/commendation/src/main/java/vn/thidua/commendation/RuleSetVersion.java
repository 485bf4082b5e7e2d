package vn.thidua.commendation;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A version of the rules and when it is in force (to an open end when {@code effectiveTo} is null); {@code replacedBy}
 * names the corrected version for the same period that is used instead (null while it is the one in force).
 */
public record RuleSetVersion(String code, String name, LocalDate effectiveFrom, LocalDate effectiveTo, String replacedBy)
        implements Serializable {

    /** "01/07/2025 – " or "01/01/2024 – 30/06/2025": the period it is in force. */
    public String period() {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return day.format(effectiveFrom) + " – " + (effectiveTo == null ? "" : day.format(effectiveTo));
    }
}
