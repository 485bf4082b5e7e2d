package vn.thidua.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The statutory forms of Circular 02/2023/TT-BNV (RULES.md §8). */
public enum ReportForm {
    F0601("0601"), F0602("0602"), F0603("0603");

    private final String code;

    ReportForm(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReportForm> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
