package vn.thidua.commendation;

/**
 * Where the province stands in its yearly commendation cycle. The annual titles of a year are considered after it
 * ends, so the year most pages start on is the previous year until the office's timetable for it closes (the
 * submission date plus the working days of receiving, appraisal, council and signature), then the current year.
 * Without a timetable for the previous year, its cycle is taken to close on 31 March.
 */
public interface AnnualCycle {

    int consideredYear();
}
