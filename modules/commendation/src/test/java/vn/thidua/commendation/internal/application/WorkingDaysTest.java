package vn.thidua.commendation.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    /** Tết 2026 (Monday 16 to Friday 20 February) and Giỗ Tổ (Monday 27 April) off. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 27));

    @ParameterizedTest(name = "{1} working days after {0} → {2}")
    @CsvSource({
        // An ordinary week: Monday + 5 → next Monday.
        "2026-03-02, 5, 2026-03-09",
        // Starting on a Friday skips the weekend.
        "2026-03-06, 1, 2026-03-09",
        // Starting on a Saturday: Monday is the first working day.
        "2026-03-07, 1, 2026-03-09",
        // Across Tết: Friday 13 February + 5 → the week of Tết is skipped whole.
        "2026-02-13, 5, 2026-02-27",
        // The day before a single holiday (Friday 24 April, Monday 27 off).
        "2026-04-24, 1, 2026-04-28",
        "2026-04-24, 0, 2026-04-24"})
    void countsWorkingDaysOnly(LocalDate start, int count, LocalDate expected) {
        assertThat(WorkingDays.after(start, count, HOLIDAYS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({"2026-03-02, 2026-03-09, 5", "2026-02-13, 2026-02-23, 1", "2026-03-09, 2026-03-02, 0"})
    void countsBetween(LocalDate from, LocalDate to, int expected) {
        assertThat(WorkingDays.between(from, to, HOLIDAYS)).isEqualTo(expected);
    }
}
