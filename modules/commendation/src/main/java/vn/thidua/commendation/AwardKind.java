package vn.thidua.commendation;

/** An emulation title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng); never mixed. */
public enum AwardKind {
    TITLE, FORM
}
