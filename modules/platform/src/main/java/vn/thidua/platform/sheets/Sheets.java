package vn.thidua.platform.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Violation;

/** Reading filled templates and the small things every workbook of the application shares. */
public final class Sheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Dates as people write them; strict, so 31/02/2024 is refused rather than moved to March. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    private Sheets() {
    }

    /**
     * Reads the first sheet of a filled template whose first row holds {@code headers}. A file that is not an
     * .xlsx workbook, whose headers are not the template's, or with more than {@code maxRows} rows is refused
     * as a whole; empty rows are skipped.
     */
    public static List<SheetRow> read(InputStream in, List<String> headers, int maxRows) {
        List<SheetRow> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(VIETNAMESE);
            Row first = sheet.getRow(0);
            for (int i = 0; i < headers.size(); i++) {
                String found = first == null ? "" : text(first.getCell(i), formatter);
                if (!found.equalsIgnoreCase(headers.get(i))) {
                    throw new InvalidInputException(Violation.of("file", "sheet.badHeader", i + 1, headers.get(i)));
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                boolean empty = true;
                for (int i = 0; i < headers.size(); i++) {
                    String text = text(row.getCell(i), formatter);
                    empty &= text.isEmpty();
                    cells.add(text);
                }
                if (!empty) {
                    rows.add(new SheetRow(r + 1, cells));
                }
                if (rows.size() > maxRows) {
                    throw new InvalidInputException(Violation.of("file", "sheet.tooManyRows", maxRows));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(Violation.of("file", "sheet.notXlsx"));
        }
        return rows;
    }

    /** True when the stream starts like a zip archive (every .xlsx does); the stream must support mark. */
    public static boolean looksLikeXlsx(InputStream in) throws IOException {
        in.mark(8);
        byte[] head = in.readNBytes(4);
        in.reset();
        return java.util.Arrays.equals(head, ZIP);
    }

    /** A cell as text; dates (cells of Excel's date type) written dd/MM/yyyy. */
    static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            return DAY.format(date);
        }
        return formatter.formatCellValue(cell).strip();
    }

    /** A date written dd/MM/yyyy; null when the text is blank or not such a date. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static CellStyle boldStyle(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** Writes a header row in bold and sets the columns' widths (in characters). */
    public static void headerRow(Sheet sheet, List<String> headers, int width) {
        CellStyle bold = boldStyle(sheet.getWorkbook());
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, width * 256);
        }
    }
}
