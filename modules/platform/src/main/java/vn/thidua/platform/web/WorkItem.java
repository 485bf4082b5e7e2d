package vn.thidua.platform.web;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One thing waiting for the signed-in user, as the home page lists it: under {@code group} (a heading in the
 * user's language), what it is, a line of detail, its due date if it has one, and the page that deals with it.
 */
public record WorkItem(String group, String title, String detail, LocalDate dueOn, String link)
        implements Serializable {

    /** True when its due date is past (in the province's time zone). */
    public boolean isOverdue() {
        return dueOn != null && vn.thidua.platform.ProvinceClock.today().isAfter(dueOn);
    }
}
