package vn.thidua.organisation.internal.documents;

import vn.thidua.platform.sheets.Cells;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.organisation.Gender;
import vn.thidua.organisation.PersonSummary;
import vn.thidua.organisation.PositionCategory;
import vn.thidua.organisation.internal.domain.Person;
import vn.thidua.platform.sheets.SheetRow;
import vn.thidua.platform.sheets.Sheets;

/**
 * The people workbook: the import template with its instructions, the reading of a filled template into raw
 * rows, and the streaming export of a list. Columns are fixed; their headers are Vietnamese.
 */
public final class PeopleWorkbook {

    /** The columns of the template, in order, as message keys of the organisation bundle. */
    public static final List<String> COLUMNS = List.of("code", "fullName", "gender", "birthDate", "positionCategory",
            "startDate", "citizenId", "unitCode", "unitSince");
    public static final int MAX_ROWS = 100_000;
    static final DateTimeFormatter DAY_MONTH_YEAR = Sheets.DAY;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private PeopleWorkbook() {
    }

    static String header(String column) {
        return bundle().getString("field." + column);
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(Person.BUNDLE, VIETNAMESE, PeopleWorkbook.class.getClassLoader());
    }

    public static void writeTemplate(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("CanBo");
            CellStyle bold = Sheets.boldStyle(workbook);
            Row headers = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = headers.createCell(i);
                cell.setCellValue(header(COLUMNS.get(i)));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 22 * 256);
            }
            Row example = sheet.createRow(1);
            String[] values = {"CB0001", "Nguyễn Văn An", "Nam", "02/09/1985", "DIRECT_WORKER", "01/08/2008", "",
                "SON_LA", "01/01/2024"};
            for (int i = 0; i < values.length; i++) {
                example.createCell(i).setCellValue(values[i]);
            }
            Sheet guide = workbook.createSheet("HuongDan");
            ResourceBundle bundle = bundle();
            List<String> lines = new ArrayList<>(List.of(bundle.getString("import.guide.intro"),
                    bundle.getString("import.guide.dates"), bundle.getString("import.guide.gender"),
                    bundle.getString("import.guide.category")));
            for (PositionCategory category : PositionCategory.values()) {
                lines.add("   " + category.name() + " — " + bundle.getString("positionCategory." + category.name()));
            }
            lines.add(bundle.getString("import.guide.unicode"));
            for (int i = 0; i < lines.size(); i++) {
                guide.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            guide.setColumnWidth(0, 120 * 256);
            workbook.write(out);
        }
    }

    /** The headers of the template's columns, in order. */
    public static List<String> headers() {
        return COLUMNS.stream().map(PeopleWorkbook::header).toList();
    }

    /** Reads a filled template (see {@link Sheets#read}). */
    public static List<SheetRow> read(String owner, InputStream in) {
        return Sheets.read(owner, in, headers(), MAX_ROWS);
    }

    /** The cell of a row in the named column. */
    public static String cell(SheetRow row, String column) {
        return row.cell(COLUMNS.indexOf(column));
    }

    /** Writes people as a workbook row by row, keeping only a window of rows in memory. */
    public static void writeList(OutputStream out, Iterable<PersonSummary> people, Locale locale) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(Person.BUNDLE, locale, PeopleWorkbook.class.getClassLoader());
            Sheet sheet = workbook.createSheet("CanBo");
            CellStyle bold = Sheets.boldStyle(workbook);
            String[] headers = {"field.code", "field.fullName", "field.gender", "field.birthDate",
                "field.positionCategory", "field.unitCode", "field.unit"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(bundle.getString(headers[i]));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 24 * 256);
            }
            int r = 1;
            for (PersonSummary person : people) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(Cells.inert(person.code()));
                row.createCell(1).setCellValue(Cells.inert(person.fullName()));
                row.createCell(2).setCellValue(bundle.getString("gender." + person.gender().name()));
                row.createCell(3).setCellValue(person.birthDate() == null ? "" : DAY_MONTH_YEAR.format(person.birthDate()));
                row.createCell(4).setCellValue(bundle.getString("positionCategory." + person.positionCategory().name()));
                row.createCell(5).setCellValue(Cells.inert(person.unitCode()));
                row.createCell(6).setCellValue(Cells.inert(person.unitName()));
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** "Nam", "nữ", "MALE", … as a gender; null when it is none of them. */
    public static Gender gender(String text) {
        String normalised = vn.thidua.platform.SearchText.normalise(text);
        return switch (normalised) {
            case "nam", "male", "m" -> Gender.MALE;
            case "nu", "female", "f" -> Gender.FEMALE;
            default -> null;
        };
    }

    /** A category by its code or its Vietnamese name, ignoring case and diacritics; null when none. */
    public static PositionCategory category(String text) {
        String normalised = vn.thidua.platform.SearchText.normalise(text);
        ResourceBundle bundle = bundle();
        for (PositionCategory category : PositionCategory.values()) {
            if (category.name().equalsIgnoreCase(text.strip())
                    || vn.thidua.platform.SearchText.normalise(bundle.getString("positionCategory." + category.name()))
                    .equals(normalised)) {
                return category;
            }
        }
        return null;
    }
}
