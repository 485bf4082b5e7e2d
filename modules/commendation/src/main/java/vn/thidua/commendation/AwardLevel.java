package vn.thidua.commendation;

/** Who decides an award: the head of a unit, the provincial chairman, or the State (the province proposes). */
public enum AwardLevel {
    UNIT, PROVINCE, STATE
}
