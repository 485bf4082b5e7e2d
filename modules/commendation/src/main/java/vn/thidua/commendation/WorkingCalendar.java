package vn.thidua.commendation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The province's working calendar: public holidays and days of Tết (a deadline in working days skips them) and the
 * office's timetable of each achievement year. Read by everyone; edited by administrators and specialists holding
 * their role on the province.
 */
public interface WorkingCalendar {

    /** A day off, and who entered it. */
    record HolidayDetails(LocalDate day, String name, String createdBy) implements Serializable {
    }

    /** The office's timetable of one achievement year: units submit by a date, later steps in working days. */
    record TimetableDetails(int year, LocalDate submitBy, int receiveDays, int appraiseDays, int councilDays,
                            int signDays, long version) implements Serializable {
    }

    /** The days off of a year, in order. */
    List<HolidayDetails> holidays(int year);

    /** The days off from {@code from} on (what a deadline counted in working days must skip). */
    Set<LocalDate> daysOffFrom(LocalDate from);

    void addHoliday(LocalDate day, String name);

    void removeHoliday(LocalDate day);

    /** The timetable of an achievement year, if the office set one. */
    Optional<TimetableDetails> timetable(int year);

    /** Creates or changes the timetable of a year; refused when it changed since {@code version}. */
    void saveTimetable(TimetableDetails timetable);
}
