package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.thidua.commendation.AnnualCycle;
import vn.thidua.commendation.internal.domain.Timetable;
import vn.thidua.platform.ProvinceClock;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultAnnualCycle implements AnnualCycle {

    @PersistenceContext(unitName = "thidua")
    EntityManager em;

    @Override
    public int consideredYear() {
        LocalDate today = ProvinceClock.today();
        int previous = today.getYear() - 1;
        return today.isAfter(closes(previous)) ? today.getYear() : previous;
    }

    /** The last day of the cycle that considers {@code year}'s achievements. */
    LocalDate closes(int year) {
        Timetable timetable = em.find(Timetable.class, year);
        if (timetable == null) {
            return LocalDate.of(year + 1, 3, 31);
        }
        var view = timetable.view();
        Set<LocalDate> holidays = new HashSet<>(em.createQuery("select h.day from Holiday h where h.day >= :from",
                LocalDate.class).setParameter("from", view.submitBy()).getResultList());
        return WorkingDays.after(view.submitBy(), view.receiveDays() + view.appraiseDays() + view.councilDays()
                + view.signDays(), holidays);
    }
}
