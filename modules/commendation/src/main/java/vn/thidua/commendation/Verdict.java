package vn.thidua.commendation;

import java.io.Serializable;
import java.util.List;

/** Whether a recipient may receive an award for a year, under which rule-set version, and every check. */
public record Verdict(boolean eligible, String ruleSetVersion, List<VerdictCheck> checks) implements Serializable {

    /** One condition: the rule, its legal basis, whether it holds, the evidence in Vietnamese. */
    public record VerdictCheck(String rule, String basis, boolean passed, String message) implements Serializable {
    }
}
