package vn.thidua.commendation.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.internal.domain.Timetable;

class TimetableDueTest {

    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource({"SUBMITTED, 3", "RECEIVED, 10", "APPRAISED, 10", "COUNCIL, 10", "AWAITING_SIGNATURE, 5", "DRAFT, 0",
        "POSTING, 0", "DECIDED, 0", "REJECTED, 0"})
    void eachStepHasItsDuration(NominationState state, int days) {
        Timetable timetable = new Timetable(2025);
        timetable.update(new vn.thidua.commendation.WorkingCalendar.TimetableDetails(2025, LocalDate.of(2026, 1, 15), 3, 10, 10, 5, 0),
                OffsetDateTime.now(ZoneOffset.UTC), "office");
        assertThat(timetable.daysFor(state)).isEqualTo(days);
    }

    @Test
    void aBatchIsOverdueTheDayAfterItsDueDate() {
        Nominations.BatchSummary yesterday = new Nominations.BatchSummary(1, "t", "U", 2025, CommendationType.THUONG_XUYEN,
                null, AwardLevel.UNIT, NominationState.RECEIVED, OffsetDateTime.now(), "u", 0, LocalDate.now().minusDays(1));
        Nominations.BatchSummary today = new Nominations.BatchSummary(1, "t", "U", 2025, CommendationType.THUONG_XUYEN,
                null, AwardLevel.UNIT, NominationState.RECEIVED, OffsetDateTime.now(), "u", 0, LocalDate.now());
        assertThat(yesterday.overdue()).isTrue();
        assertThat(today.overdue()).isFalse();
        assertThat(today.dueText()).matches("\\d{2}/\\d{2}/\\d{4}");
    }
}
