package vn.thidua.commendation;

/** May this recipient receive this award for this year? The verdict explains itself rule by rule. */
public interface EligibilityService {

    Verdict evaluate(EligibilityQuery query);
}
