package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/** "Lịch nghỉ lễ, Tết": the days off that working-day durations skip, edited each year by the province's office. */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NominationService nominations;

    private Integer year = Year.now().getValue();
    private List<Nominations.HolidayView> holidays = List.of();
    private LocalDate day;
    private String name;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        FacesViolations.attempt("calendarForm", Set.of(), () -> holidays = nominations.holidays(year == null
                ? Year.now().getValue() : year));
    }

    public void add() {
        if (FacesViolations.attempt("calendarForm", Set.of("day", "name"), () -> nominations.addHoliday(day, name))) {
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
        if (FacesViolations.attempt("calendarForm", Set.of(), () -> nominations.removeHoliday(removed))) {
            load();
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Nominations.HolidayView> getHolidays() {
        return holidays;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
