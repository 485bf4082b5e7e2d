package vn.thidua.organisation;

public enum Gender {
    MALE, FEMALE
}
