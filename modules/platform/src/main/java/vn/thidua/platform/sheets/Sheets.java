package vn.thidua.platform.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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

    /** Entries of an uploaded workbook may inflate to at most this (sheet XML, shared strings). */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** A zip entry that inflates more than 100 times its compressed size is a zip bomb, not a workbook. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Text of one cell or of the shared strings, at most. */
    static final long MAX_TEXT_CHARACTERS = 16L * 1024 * 1024;

    private static final java.util.Set<String> READING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Reads the first sheet of a filled template whose first row holds {@code headers}, streaming its XML (SAX) so
     * that memory stays flat whatever the file holds; a workbook inflating beyond the limits above (a zip bomb) is
     * refused. A file that is not an .xlsx workbook, whose headers are not the template's, or with more than
     * {@code maxRows} rows is refused as a whole; empty rows are skipped. One account reads one workbook at a time.
     */
    public static List<SheetRow> read(String owner, InputStream in, List<String> headers, int maxRows) {
        String key = owner == null ? "" : owner;
        if (!READING.add(key)) {
            throw new InvalidInputException(Violation.of("file", "sheet.busy"));
        }
        try {
            return read(in, headers, maxRows);
        } finally {
            READING.remove(key);
        }
    }

    /** As {@link #read(String, InputStream, List, int)}, without the one-at-a-time rule (tests, one-off tools). */
    public static List<SheetRow> read(InputStream in, List<String> headers, int maxRows) {
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARACTERS);
        List<SheetRow> rows = new ArrayList<>();
        try (org.apache.poi.openxml4j.opc.OPCPackage workbook = org.apache.poi.openxml4j.opc.OPCPackage.open(in)) {
            org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(workbook);
            org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable strings =
                    new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(workbook, false);
            java.util.Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInputException(Violation.of("file", "sheet.notXlsx"));
            }
            RowCollector collector = new RowCollector(headers, maxRows, rows);
            try (InputStream sheet = sheets.next()) {
                org.xml.sax.XMLReader parser = org.apache.poi.util.XMLHelper.newXMLReader();
                parser.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, strings, collector, new DayFormatter(), false));
                parser.parse(new org.xml.sax.InputSource(sheet));
            }
            collector.checkHeaders();
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (IOException | RuntimeException | org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new InvalidInputException(Violation.of("file", "sheet.notXlsx"));
        }
        return rows;
    }

    /** Cells as text; dates (numbers in a date format) written dd/MM/yyyy, as people write them. */
    private static final class DayFormatter extends DataFormatter {

        DayFormatter() {
            super(VIETNAMESE);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DAY.format(DateUtil.getLocalDateTime(value).toLocalDate());
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Collects the rows of the template's columns as the SAX parser reports them. */
    private static final class RowCollector implements org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<String> headers;
        private final int maxRows;
        private final List<SheetRow> rows;
        private String[] current;
        private boolean headerSeen;

        RowCollector(List<String> headers, int maxRows, List<SheetRow> rows) {
            this.headers = headers;
            this.maxRows = maxRows;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new String[headers.size()];
            java.util.Arrays.fill(current, "");
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0) {
                headerSeen = true;
                checkRow(current);
                return;
            }
            checkHeaders();
            if (java.util.Arrays.stream(current).allMatch(String::isEmpty)) {
                return;
            }
            rows.add(new SheetRow(rowNum + 1, List.of(current)));
            if (rows.size() > maxRows) {
                throw new InvalidInputException(Violation.of("file", "sheet.tooManyRows", maxRows));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            if (reference == null || current == null) {
                return;
            }
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            if (column < current.length) {
                current[column] = formattedValue == null ? "" : formattedValue.strip();
            }
        }

        void checkHeaders() {
            if (!headerSeen) {
                headerSeen = true;
                String[] none = new String[headers.size()];
                java.util.Arrays.fill(none, "");
                checkRow(none);
            }
        }

        private void checkRow(String[] found) {
            for (int i = 0; i < headers.size(); i++) {
                if (!found[i].equalsIgnoreCase(headers.get(i))) {
                    throw new InvalidInputException(Violation.of("file", "sheet.badHeader", i + 1, headers.get(i)));
                }
            }
        }
    }

    /** True when the stream starts like a zip archive (every .xlsx does); the stream must support mark. */
    public static boolean looksLikeXlsx(InputStream in) throws IOException {
        in.mark(8);
        byte[] head = in.readNBytes(4);
        in.reset();
        return java.util.Arrays.equals(head, ZIP);
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
