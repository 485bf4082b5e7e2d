package vn.thidua.organisation.internal.application;

import java.time.Year;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Violation;

/** The years a rating or a discipline may be recorded for: from 1945 to next year. */
final class Ratings {

    static final int FIRST_YEAR = 1945;

    private Ratings() {
    }

    static void checkYear(Checks checks, int year) {
        int last = Year.now().getValue() + 1;
        if (year < FIRST_YEAR || year > last) {
            checks.add(Violation.of("year", "year", String.valueOf(FIRST_YEAR), String.valueOf(last)));
        }
    }
}
