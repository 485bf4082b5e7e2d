package vn.thidua.reporting.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.platform.web.Downloads;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;
import vn.thidua.reporting.CellRecords;
import vn.thidua.reporting.Report;
import vn.thidua.reporting.ReportCopy;
import vn.thidua.reporting.ReportForm;
import vn.thidua.reporting.ReportService;
import vn.thidua.reporting.internal.documents.ReportPdf;
import vn.thidua.reporting.internal.documents.ReportWorkbook;

/**
 * The statutory forms on screen: chosen form, year, scope and period; the table in the official layout whose every
 * figure opens the records behind it; exports to .xlsx and PDF; sending keeps a frozen copy, and a report that no
 * longer matches the copy sent shows the cells that changed.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @Inject private ReportService reports;

    @Getter @Setter private String form = "0603";
    @Getter @Setter private Integer year;

    /** The year the annual titles are being considered for: where the year field starts. */
    @Inject vn.thidua.commendation.AnnualCycle cycle;

    @jakarta.annotation.PostConstruct
    void startOnTheConsideredYear() {
        year = cycle.consideredYear();
    }
    @Getter @Setter private String unitCode;
    @Getter @Setter private LocalDate from;
    @Getter @Setter private LocalDate to;
    @Getter private Report report;
    @Getter private ReportCopy sent;
    @Getter private List<ReportCopy.Difference> differences = List.of();

    private String cellRow;
    private String cellColumn;
    @Getter private int cellPage;
    @Getter private CellRecords cellRecords;

    public void show() {
        cellRecords = null;
        if (FacesViolations.attempt("reportForm", Set.of("year", "unitCode", "from", "to"), () -> report = reports.build(
                ReportForm.of(form).orElse(ReportForm.F0603), year == null ? 0 : year,
                unitCode == null || unitCode.isBlank() ? null : unitCode.strip(), from, to))) {
            sent = reports.lastSent(ReportForm.of(report.form()).orElseThrow(), report.year(), report.scope()).orElse(null);
            differences = sent == null ? List.of() : reports.differences(sent, report);
        } else {
            report = null;
        }
    }

    public void open(String row, String column) {
        cellRow = row;
        cellColumn = column;
        cellPage = 0;
        cellRecords = reports.records(report, row, column, cellPage, PAGE);
    }

    public void page(int delta) {
        int next = cellPage + delta;
        if (next >= 0 && (long) next * PAGE < cellRecords.total()) {
            cellPage = next;
            cellRecords = reports.records(report, cellRow, cellColumn, cellPage, PAGE);
        }
    }

    public void send() {
        if (FacesViolations.attempt("reportForm", Set.of(), () -> reports.send(report))) {
            FacesMessages.info(null, "rptmsg", "reports.sent");
            show();
        }
    }

    public void xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.write(report, out);
        Downloads.send("bieu-" + report.form() + "-" + report.year() + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
    }

    public void pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(report, out);
        Downloads.send("bieu-" + report.form() + "-" + report.year() + ".pdf", "application/pdf", out.toByteArray());
    }

    /** The column groups of the table's first header row, each with how many columns it spans. */
    public List<Object[]> getGroups() {
        List<Object[]> groups = new ArrayList<>();
        if (report == null) {
            return groups;
        }
        for (Report.Column column : report.columns()) {
            if (column.group() == null) {
                continue;
            }
            Object[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last[0].equals(column.group())) {
                last[1] = (Integer) last[1] + 1;
            } else {
                groups.add(new Object[] {column.group(), 1});
            }
        }
        return groups;
    }

    public List<Report.Column> getUngrouped() {
        return report == null ? List.of() : report.columns().stream().filter(c -> c.group() == null).toList();
    }

    public List<Report.Column> getGrouped() {
        return report == null ? List.of() : report.columns().stream().filter(c -> c.group() != null).toList();
    }

    public String getCellTitle() {
        if (report == null || cellRow == null) {
            return "";
        }
        String row = report.rows().stream().filter(r -> r.key().equals(cellRow)).map(Report.Row::label).findFirst().orElse("");
        String column = report.columns().stream().filter(c -> c.key().equals(cellColumn)).map(Report.Column::label)
                .findFirst().orElse("");
        return row + " × " + column;
    }

    public int getPageSize() {
        return PAGE;
    }
}
