package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.commendation.WorkingCalendar;
import vn.thidua.commendation.internal.domain.Holiday;
import vn.thidua.commendation.internal.domain.Timetable;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.StaleVersionException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

/** Holidays and timetables: the province's, kept by its office, audited. */
@ApplicationScoped
@Transactional
public class DefaultWorkingCalendar implements WorkingCalendar {

    private static final String BUNDLE = "vn.thidua.commendation.i18n.messages";

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private BatchAccess access;
    @Inject private AuditTrail auditTrail;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<LocalDate> daysOffFrom(LocalDate from) {
        return new java.util.HashSet<>(em.createQuery("select h.day from Holiday h where h.day >= :from", LocalDate.class)
                .setParameter("from", from).getResultList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HolidayDetails> holidays(int year) {
        return em.createQuery("select h from Holiday h where h.day between :from and :to order by h.day", Holiday.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream().map(h -> new HolidayDetails(h.getDay(), h.getName(), h.getCreatedBy())).toList();
    }

    @Override
    public void addHoliday(LocalDate day, String name) {
        requireCalendarEditor();
        Checks checks = new Checks();
        checks.require(day != null, Violation.of("day", "required"));
        String text = checks.requiredText("name", name, 200);
        checks.throwIfAny();
        if (em.find(Holiday.class, day) != null) {
            throw new ConflictException(new Violation("day", BUNDLE, "calendar.exists", day));
        }
        em.persist(new Holiday(day, text, now(), actor()));
        auditTrail.record("Holiday", day, AuditAction.CREATE, null, Map.of("day", day, "name", text));
    }

    @Override
    public void removeHoliday(LocalDate day) {
        requireCalendarEditor();
        Holiday holiday = day == null ? null : em.find(Holiday.class, day);
        if (holiday == null) {
            throw new UnknownRecordException(new Violation("day", BUNDLE, "calendar.notFound", day));
        }
        em.remove(holiday);
        auditTrail.record("Holiday", day, AuditAction.DELETE, Map.of("day", day, "name", holiday.getName()), null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<TimetableDetails> timetable(int year) {
        return java.util.Optional.ofNullable(em.find(Timetable.class, year)).map(Timetable::view);
    }

    @Override
    public void saveTimetable(TimetableDetails input) {
        requireCalendarEditor();
        Checks checks = new Checks();
        checks.require(input.submitBy() != null, Violation.of("submitBy", "required"));
        int[] days = {input.receiveDays(), input.appraiseDays(), input.councilDays(), input.signDays()};
        String[] fields = {"receiveDays", "appraiseDays", "councilDays", "signDays"};
        for (int i = 0; i < days.length; i++) {
            checks.require(days[i] >= 1 && days[i] <= 120, new Violation(fields[i], BUNDLE, "timetable.days"));
        }
        checks.throwIfAny();
        Timetable stored = em.find(Timetable.class, input.year());
        Map<String, Object> before = stored == null ? null : Map.of("timetable", stored.view().toString());
        if (stored == null) {
            stored = new Timetable(input.year());
            stored.update(input, now(), actor());
            em.persist(stored);
        } else {
            if (stored.getVersion() != input.version()) {
                throw new StaleVersionException("timetable " + input.year());
            }
            stored.update(input, now(), actor());
        }
        auditTrail.record("Timetable", input.year(), before == null ? AuditAction.CREATE : AuditAction.UPDATE, before,
                Map.of("timetable", input.toString()));
    }

    /** The calendar and timetables are the province's: the role must be held on the root. */
    private void requireCalendarEditor() {
        access.requireRoleOnRoot(Set.of(Roles.ADMIN, Roles.SPECIALIST), "calendar");
    }

    private String actor() {
        return access.actor();
    }

    private static OffsetDateTime now() {
        return BatchAccess.now();
    }
}
