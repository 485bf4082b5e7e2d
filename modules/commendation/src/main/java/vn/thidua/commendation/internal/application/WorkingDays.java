package vn.thidua.commendation.internal.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days: Monday to Friday, except the public holidays and Tết of the calendar. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The {@code count}-th working day after {@code start} (the start itself is not counted). */
    public static LocalDate after(LocalDate start, int count, Set<LocalDate> holidays) {
        LocalDate day = start;
        int left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                left--;
            }
        }
        return day;
    }

    /** How many working days from the day after {@code from} up to {@code to} inclusive (0 when not after). */
    public static int between(LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, holidays)) {
                count++;
            }
        }
        return count;
    }
}
