package vn.thidua.commendation.internal.documents;

import vn.thidua.platform.sheets.Cells;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.thidua.commendation.PreScreening;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.sheets.Sheets;

/**
 * The pre-screening as a workbook, written while the candidates are found (a window of rows in memory): a
 * summary sheet, then one sheet of people and one of collectives, each candidate with the evidence per rule.
 */
public final class PreScreeningWorkbook implements Consumer<PreScreening.Candidate>, AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final ResourceBundle bundle;
    private final Map<String, String> awardNames;
    private final Sheet summary;
    private final Sheet people;
    private final Sheet units;
    private final CellStyle wrapped;
    private int peopleRows = 1;
    private int unitRows = 1;

    public PreScreeningWorkbook(Locale locale, Map<String, String> awardNames) {
        this.bundle = ResourceBundle.getBundle("vn.thidua.commendation.i18n.messages", locale,
                PreScreeningWorkbook.class.getClassLoader());
        this.awardNames = awardNames;
        // Uncompressed temporary sheets: gzip of every row cost more than the disk it saves for a few minutes.
        summary = workbook.createSheet(bundle.getString("prescreening.sheet.summary"));
        people = workbook.createSheet(bundle.getString("prescreening.sheet.people"));
        units = workbook.createSheet(bundle.getString("prescreening.sheet.units"));
        List<String> headers = List.of(text("field.recipientCode"), text("prescreening.name"), text("prescreening.unitCode"),
                text("prescreening.unit"), text("field.award"), text("prescreening.reasons"));
        Sheets.headerRow(people, headers, 22);
        Sheets.headerRow(units, headers, 22);
        people.setColumnWidth(5, 120 * 256);
        units.setColumnWidth(5, 120 * 256);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    @Override
    public void accept(PreScreening.Candidate candidate) {
        boolean person = candidate.recipientType() == RecipientType.PERSON;
        Row row = person ? people.createRow(peopleRows++) : units.createRow(unitRows++);
        row.createCell(0).setCellValue(Cells.inert(candidate.code()));
        row.createCell(1).setCellValue(Cells.inert(candidate.name()));
        row.createCell(2).setCellValue(Cells.inert(candidate.unitCode()));
        row.createCell(3).setCellValue(Cells.inert(candidate.unitName()));
        row.createCell(4).setCellValue(awardNames.getOrDefault(candidate.awardCode(), candidate.awardCode()));
        var reasons = row.createCell(5);
        reasons.setCellValue(Cells.inert(candidate.reasonLines()));
        reasons.setCellStyle(wrapped);
    }

    /** Writes the summary and the whole workbook. */
    public void write(PreScreening.Summary result, OutputStream out) throws IOException {
        Sheets.headerRow(summary, List.of(text("prescreening.title"), ""), 40);
        String[][] lines = {
            {text("prescreening.unit"), result.unitName() + " (" + result.unitCode() + ")"},
            {text("field.year"), Integer.toString(result.year())},
            {text("eligibility.ruleSet"), result.ruleSetVersion()},
            {text("prescreening.people"), Integer.toString(result.people())},
            {text("prescreening.units"), Integer.toString(result.units())}};
        int r = 1;
        for (String[] line : lines) {
            Row row = summary.createRow(r++);
            row.createCell(0).setCellValue(line[0]);
            row.createCell(1).setCellValue(line[1]);
        }
        r++;
        Row header = summary.createRow(r++);
        header.createCell(0).setCellValue(text("field.award"));
        header.createCell(1).setCellValue(text("prescreening.qualified"));
        for (Map.Entry<String, Integer> entry : result.qualified().entrySet()) {
            Row row = summary.createRow(r++);
            row.createCell(0).setCellValue(awardNames.getOrDefault(entry.getKey(), entry.getKey()));
            row.createCell(1).setCellValue(entry.getValue());
        }
        summary.createRow(r + 1).createCell(0).setCellValue(text("prescreening.capNote"));
        workbook.write(out);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // The temporary files are deleted by close(); nothing else to release.
        }
    }
}
