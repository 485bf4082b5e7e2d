package vn.thidua.organisation;

import java.time.LocalDate;

/**
 * What a user or a system gives to create or update a person. A {@code unitCode} other than the current
 * unit starts a new membership from {@code unitSince} (today when null).
 */
public record PersonInput(String fullName, String unitCode, LocalDate unitSince, Gender gender, LocalDate birthDate,
                          PositionCategory positionCategory, LocalDate startDate, String citizenId) {
}
