package vn.thidua.commendation.internal.rules;

/** The result of one condition: the rule, its legal basis, whether it holds, and the evidence in Vietnamese. */
public record Check(String rule, String basis, boolean passed, String message) {
}
