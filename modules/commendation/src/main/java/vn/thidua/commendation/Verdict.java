package vn.thidua.commendation;

import java.io.Serializable;
import java.util.List;

/**
 * Whether a recipient may receive an award for a year, under which rule-set version, and every check. {@code verdict}
 * is ELIGIBLE, NOT_ELIGIBLE or MANUAL (the award has no encoded criteria: the office appraises it, and {@code eligible}
 * is false) — shared/API.md.
 */
public record Verdict(boolean eligible, String ruleSetVersion, List<VerdictCheck> checks, Outcome verdict)
        implements Serializable {

    public enum Outcome { ELIGIBLE, NOT_ELIGIBLE, MANUAL }

    /** A verdict decided by its checks: eligible when they all passed. */
    public static Verdict of(String ruleSetVersion, List<VerdictCheck> checks) {
        boolean eligible = checks.stream().allMatch(VerdictCheck::passed);
        return new Verdict(eligible, ruleSetVersion, checks, eligible ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE);
    }

    /** True when the verdict does not stand in the way: eligible, or for a person to appraise. */
    public boolean notRefused() {
        return verdict != Outcome.NOT_ELIGIBLE;
    }

    /** One condition: the rule, its legal basis, whether it holds, the evidence in Vietnamese. */
    public record VerdictCheck(String rule, String basis, boolean passed, String message) implements Serializable {
    }
}
