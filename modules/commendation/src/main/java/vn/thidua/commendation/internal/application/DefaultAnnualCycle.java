package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.thidua.commendation.AnnualCycle;
import vn.thidua.commendation.WorkingCalendar;
import vn.thidua.platform.ProvinceClock;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultAnnualCycle implements AnnualCycle {

    @Inject WorkingCalendar calendar;

    @Override
    public int consideredYear() {
        LocalDate today = ProvinceClock.today();
        int previous = today.getYear() - 1;
        return today.isAfter(closes(previous)) ? today.getYear() : previous;
    }

    /** The last day of the cycle that considers {@code year}'s achievements. */
    LocalDate closes(int year) {
        return calendar.timetable(year).map(view -> WorkingDays.after(view.submitBy(), view.receiveDays()
                + view.appraiseDays() + view.councilDays() + view.signDays(), calendar.daysOffFrom(view.submitBy())))
                .orElse(LocalDate.of(year + 1, 3, 31));
    }
}
