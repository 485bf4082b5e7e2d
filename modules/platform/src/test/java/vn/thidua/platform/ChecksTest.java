package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one check of a year's range that every service uses. */
class ChecksTest {

    @ParameterizedTest(name = "year {0} → {1}")
    @CsvSource(nullValues = "NULL", value = {
        "NULL, required",
        "1944, year",
        "1945, ",
        "2026, ",
        "+1,   ",     // next year: a title proposed late in its year, a plan early in the next
        "+2,   year",
        "-2026, year",
    })
    void aYearOfTheRecordsIsFrom1945ToNextYear(String year, String violation) {
        Integer value = year == null ? null : year.startsWith("+")
                ? ProvinceClock.thisYear() + Integer.parseInt(year.substring(1)) : Integer.valueOf(year);
        Checks checks = new Checks();
        Integer accepted = checks.year("year", value);
        if (violation == null) {
            assertThat(checks.isEmpty()).isTrue();
            assertThat(accepted).isEqualTo(value);
        } else {
            assertThat(accepted).isNull();
            assertThat(checks.has("year")).isTrue();
            InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(checks::throwIfAny,
                    InvalidInputException.class);
            assertThat(refused.violations()).singleElement().satisfies(v -> assertThat(v.key()).isEqualTo(violation));
        }
    }

    @ParameterizedTest(name = "year {0} within {1}…{2}: {3}")
    @CsvSource({"1999, 2000, 2026, false", "2000, 2000, 2026, true", "2026, 2000, 2026, true", "2027, 2000, 2026, false"})
    void aYearWithinItsOwnBounds(int year, int first, int last, boolean accepted) {
        Checks checks = new Checks();
        checks.year("year", year, first, last);
        assertThat(checks.isEmpty()).isEqualTo(accepted);
    }
}
