package vn.thidua.organisation.internal.application;

import vn.thidua.platform.Checks;

/** The years a rating or a discipline may be recorded for: from 1945 to next year. */
final class Ratings {


    private Ratings() {
    }

    static void checkYear(Checks checks, int year) {
        checks.year("year", year);
    }
}
