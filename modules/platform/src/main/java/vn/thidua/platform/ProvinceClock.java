package vn.thidua.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

/**
 * The province's calendar: what "today" and "this year" mean for its records is Vietnam's date (UTC+7), whatever
 * zone the server runs in — a decision signed at 06:00 on 1 January is of the new year even on a UTC server.
 */
public final class ProvinceClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Clock CLOCK = Clock.system(ZONE);

    private ProvinceClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    public static int thisYear() {
        return Year.now(CLOCK).getValue();
    }
}
