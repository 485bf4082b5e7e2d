package vn.thidua.commendation;

public enum RecipientType {
    PERSON, UNIT, HOUSEHOLD
}
