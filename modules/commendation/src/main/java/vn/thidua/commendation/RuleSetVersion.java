package vn.thidua.commendation;

import java.io.Serializable;
import java.time.LocalDate;

/** A version of the rules and when it is in force (to an open end when {@code effectiveTo} is null). */
public record RuleSetVersion(String code, String name, LocalDate effectiveFrom, LocalDate effectiveTo)
        implements Serializable {
}
