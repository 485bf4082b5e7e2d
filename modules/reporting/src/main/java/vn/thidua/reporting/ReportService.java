package vn.thidua.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The statutory forms computed from the records (counted in the database by the modules that own them), the records
 * behind each figure, and the frozen copies of the reports sent.
 */
public interface ReportService {

    /** The form for a year and scope ({@code unitCode} null: everything the caller reads); the period defaults to the year. */
    Report build(ReportForm form, int year, String unitCode, LocalDate from, LocalDate to);

    /** The records behind a cell of 0602/0603 (or the movements of 0601), as lines of text for the drill-down. */
    CellRecords records(Report report, String rowKey, String columnKey, int page, int size);

    /** Keeps the report as sent (specialists and administrators). */
    long send(Report report);

    /** The newest copy sent of this form, year and scope. */
    Optional<ReportCopy> lastSent(ReportForm form, int year, String scope);

    /** The cells of {@code now} that differ from the copy sent. */
    List<ReportCopy.Difference> differences(ReportCopy sent, Report now);
}
