package vn.thidua.commendation;

import java.time.LocalDate;

/**
 * Who, which award, for which year and type, under the rule set in force on {@code referenceDate} (31 December
 * of the year when null). In units on the school year, {@code year} is the year in which the school year ends.
 */
public record EligibilityQuery(String awardCode, RecipientType recipientType, String recipientCode, int year,
                               CommendationType type, LocalDate referenceDate) {
}
