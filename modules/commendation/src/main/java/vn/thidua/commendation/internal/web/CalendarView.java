package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;
import vn.thidua.platform.ProvinceClock;

/** "Lịch nghỉ lễ, Tết": the days off that working-day durations skip, edited each year by the province's office. */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private vn.thidua.commendation.Certificates certificates;
    @Inject private vn.thidua.commendation.WorkingCalendar calendar;

    @Getter @Setter private Integer year = ProvinceClock.thisYear();
    @Getter private List<vn.thidua.commendation.WorkingCalendar.HolidayDetails> holidays = List.of();
    @Getter @Setter private LocalDate day;
    @Getter @Setter private String name;

    @PostConstruct
    void init() {
        load();
    }

    @Getter @Setter private LocalDate submitBy;
    @Getter @Setter private int receiveDays = 3;
    @Getter @Setter private int appraiseDays = 10;
    @Getter @Setter private int councilDays = 10;
    @Getter @Setter private int signDays = 5;
    private long timetableVersion;

    public void load() {
        int shown = year == null ? ProvinceClock.thisYear() : year;
        FacesViolations.attempt("calendarForm", Set.of(), () -> {
            holidays = calendar.holidays(shown);
            calendar.timetable(shown).ifPresentOrElse(t -> {
                submitBy = t.submitBy();
                receiveDays = t.receiveDays();
                appraiseDays = t.appraiseDays();
                councilDays = t.councilDays();
                signDays = t.signDays();
                timetableVersion = t.version();
            }, () -> {
                submitBy = null;
                timetableVersion = 0;
            });
        });
    }

    public void saveTimetable() {
        int shown = year == null ? ProvinceClock.thisYear() : year;
        if (FacesViolations.attempt("timetableForm", Set.of("submitBy", "receiveDays", "appraiseDays", "councilDays",
                "signDays"), () -> calendar.saveTimetable(new vn.thidua.commendation.WorkingCalendar.TimetableDetails(shown, submitBy, receiveDays,
                appraiseDays, councilDays, signDays, timetableVersion)))) {
            FacesMessages.info(null, "cmdmsg", "timetable.saved");
            load();
        }
    }

    private java.util.ArrayList<LayoutRow> layouts;

    /** A blank's positions as edited on the page. */
    public static class LayoutRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final vn.thidua.commendation.Certificates.LayoutDetails original;
        @Getter private final Integer[] values;

        LayoutRow(vn.thidua.commendation.Certificates.LayoutDetails layout) {
            this.original = layout;
            this.values = new Integer[] {layout.nameX(), layout.nameY(), layout.unitX(), layout.unitY(), layout.reasonX(),
                layout.reasonY(), layout.decisionX(), layout.decisionY(), layout.registerX(), layout.registerY()};
        }

        public vn.thidua.commendation.Certificates.LayoutDetails getLayout() {
            return original;
        }

        vn.thidua.commendation.Certificates.LayoutDetails edited() {
            int[] v = new int[values.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = values[i] == null ? -1 : values[i];
            }
            return new vn.thidua.commendation.Certificates.LayoutDetails(original.code(), original.name(), v[0], v[1], v[2], v[3], v[4], v[5], v[6],
                    v[7], v[8], v[9], original.version(), original.awardCodes());
        }
    }

    public List<LayoutRow> getLayouts() {
        if (layouts == null) {
            layouts = new java.util.ArrayList<>(certificates.layouts().stream().map(LayoutRow::new).toList());
        }
        return layouts;
    }

    public void saveLayout(LayoutRow row) {
        if (FacesViolations.attempt("layoutsForm", Set.of(), () -> certificates.saveLayout(row.edited()))) {
            FacesMessages.info(null, "cmdmsg", "certificate.saved");
            layouts = null;
        }
    }

    public void add() {
        if (FacesViolations.attempt("calendarForm", Set.of("day", "name"), () -> calendar.addHoliday(day, name))) {
            FacesMessages.info(null, "cmdmsg", "calendar.added");
            if (day != null) {
                year = day.getYear();
            }
            day = null;
            name = null;
            load();
        }
    }

    public void remove(LocalDate removed) {
        if (FacesViolations.attempt("calendarForm", Set.of(), () -> calendar.removeHoliday(removed))) {
            load();
        }
    }
}
