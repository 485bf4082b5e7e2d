package vn.thidua.reporting.internal.documents;

import vn.thidua.platform.sheets.Cells;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.reporting.Report;
import vn.thidua.reporting.internal.domain.StatutoryForms;
import vn.thidua.platform.ProvinceClock;

/**
 * A statutory report as .xlsx in the layout of Circular 02/2023/TT-BNV: the form number and issuing circular on the
 * left, the reporting unit on the right, the title and period, the table (label, code, unit, total, then the columns
 * under their group heading, A B C 1 2 … numbering), and the signature block.
 */
public final class ReportWorkbook {

    /** The first row of figures (0-based): the header block takes the rows above. */
    public static final int FIRST_DATA_ROW = 9;
    /** The first column of figures (0-based): label, code and unit come first. */
    public static final int FIRST_DATA_COLUMN = 3;

    private ReportWorkbook() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Bieu" + report.form());
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle boldStyle = workbook.createCellStyle();
            boldStyle.setFont(bold);
            CellStyle title = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setWrapText(true);
            CellStyle centred = workbook.createCellStyle();
            centred.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            CellStyle cell = bordered(workbook);
            CellStyle label = bordered(workbook);
            label.setWrapText(true);
            CellStyle sectionLabel = bordered(workbook);
            sectionLabel.setFont(bold);

            int width = FIRST_DATA_COLUMN + report.columns().size();
            Row r0 = sheet.createRow(0);
            text(r0, 0, StatutoryForms.label("number." + report.form()), boldStyle);
            text(r0, width - 3, "Đơn vị báo cáo: " + report.scopeName(), boldStyle);
            Row r1 = sheet.createRow(1);
            text(r1, 0, "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023", null);
            text(r1, width - 3, "Đơn vị nhận báo cáo: Bộ Nội vụ", null);
            Row r2 = sheet.createRow(2);
            text(r2, 0, "Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo", null);
            Row r4 = sheet.createRow(4);
            text(r4, 0, StatutoryForms.label("title." + report.form()), title);
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, width - 1));
            r4.setHeightInPoints(34);
            Row r5 = sheet.createRow(5);
            text(r5, 0, "Năm " + report.year() + " (từ ngày " + report.period().replace(" – ", " đến ngày ") + ")", centred);
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, width - 1));

            Row groups = sheet.createRow(6);
            Row heads = sheet.createRow(7);
            Row letters = sheet.createRow(8);
            String[] fixed = {"", "Mã số", "Đơn vị tính"};
            for (int c = 0; c < FIRST_DATA_COLUMN; c++) {
                text(groups, c, fixed[c], header);
                text(heads, c, "", header);
                sheet.addMergedRegion(new CellRangeAddress(6, 7, c, c));
                text(letters, c, String.valueOf((char) ('A' + c)), header);
            }
            List<Report.Column> columns = report.columns();
            int groupStart = -1;
            String group = null;
            for (int i = 0; i < columns.size(); i++) {
                Report.Column column = columns.get(i);
                int c = FIRST_DATA_COLUMN + i;
                text(letters, c, Integer.toString(i + 1), header);
                if (column.group() == null) {
                    text(groups, c, Cells.inert(column.label()), header);
                    text(heads, c, "", header);
                    sheet.addMergedRegion(new CellRangeAddress(6, 7, c, c));
                } else {
                    text(groups, c, column.group().equals(group) ? "" : column.group(), header);
                    text(heads, c, Cells.inert(column.label()), header);
                }
                boolean groupEnds = column.group() != null && (i + 1 == columns.size()
                        || !column.group().equals(columns.get(i + 1).group()));
                if (column.group() != null && !column.group().equals(group)) {
                    groupStart = c;
                }
                if (groupEnds && c > groupStart) {
                    sheet.addMergedRegion(new CellRangeAddress(6, 6, groupStart, c));
                }
                group = column.group();
            }
            heads.setHeightInPoints(60);
            int r = FIRST_DATA_ROW;
            for (Report.Row row : report.rows()) {
                Row line = sheet.createRow(r++);
                text(line, 0, row.label(), row.section() || "total".equals(row.key()) ? sectionLabel : label);
                text(line, 1, row.code(), cell);
                text(line, 2, row.unit(), cell);
                for (int i = 0; i < columns.size(); i++) {
                    if (row.section()) {
                        text(line, FIRST_DATA_COLUMN + i, "", cell);
                    } else {
                        line.createCell(FIRST_DATA_COLUMN + i).setCellValue(row.cell(columns.get(i).key()));
                        line.getCell(FIRST_DATA_COLUMN + i).setCellStyle(cell);
                    }
                }
            }
            r++;
            Row signDate = sheet.createRow(r++);
            LocalDate today = ProvinceClock.today();
            text(signDate, width - 3, "Ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm "
                    + today.getYear(), null);
            Row signers = sheet.createRow(r++);
            text(signers, 0, "NGƯỜI LẬP BIỂU", boldStyle);
            text(signers, width - 3, "THỦ TRƯỞNG ĐƠN VỊ", boldStyle);
            Row hints = sheet.createRow(r);
            text(hints, 0, "(Ký, ghi rõ họ tên)", null);
            text(hints, width - 3, "(Ký, ghi rõ họ tên, đóng dấu)", null);
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 8 * 256);
            sheet.setColumnWidth(2, 12 * 256);
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(FIRST_DATA_COLUMN + i, 16 * 256);
            }
            workbook.write(out);
        }
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(Math.max(column, 0));
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
