package vn.thidua.platform.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Violation;

class SheetsTest {

    private static final List<String> HEADERS = List.of("Mã", "Ngày");

    private static byte[] workbook(String firstHeader, int dataRows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("S");
            Row headers = sheet.createRow(0);
            headers.createCell(0).setCellValue(firstHeader);
            headers.createCell(1).setCellValue("Ngày");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            for (int i = 0; i < dataRows; i++) {
                Row row = sheet.createRow(i + 2); // row 2 (Excel) left empty: skipped
                row.createCell(0).setCellValue(" A" + i + " ");
                row.createCell(1).setCellValue(LocalDate.of(2024, 2, 29));
                row.getCell(1).setCellStyle(date);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsRowsWithExcelNumbersAndDatesAsPeopleWriteThem() throws IOException {
        List<SheetRow> rows = Sheets.read(new ByteArrayInputStream(workbook("mã", 2)), HEADERS, 10);
        assertThat(rows).containsExactly(new SheetRow(3, List.of("A0", "29/02/2024")),
                new SheetRow(4, List.of("A1", "29/02/2024")));
    }

    @Test
    void refusesAnotherTemplateByItsHeader() {
        assertThatThrownBy(() -> Sheets.read(new ByteArrayInputStream(workbook("Code", 1)), HEADERS, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("file", "sheet.badHeader", 1, "Mã")));
    }

    @Test
    void refusesTooManyRowsAndWhatIsNoWorkbook() throws IOException {
        byte[] big = workbook("Mã", 11);
        assertThatThrownBy(() -> Sheets.read(new ByteArrayInputStream(big), HEADERS, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).key())
                        .isEqualTo("sheet.tooManyRows"));
        assertThatThrownBy(() -> Sheets.read(new ByteArrayInputStream("a,b\n".getBytes()), HEADERS, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).key())
                        .isEqualTo("sheet.notXlsx"));
    }

    @Test
    void datesAreStrict() {
        assertThat(Sheets.date("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Sheets.date("29/02/2023")).isNull();
        assertThat(Sheets.date("2024-02-29")).isNull();
        assertThat(Sheets.date(" ")).isNull();
    }

    @Test
    void aJobIsReadyOnlyWhenEveryRowPassed() {
        ImportJob job = new ImportJob("u", List.of(new SheetRow(2, List.of("a")), new SheetRow(3, List.of("b"))));
        assertThat(job.nextRows(1)).hasSize(1);
        job.checkedMore(1);
        assertThat(job.state()).isEqualTo(ImportJob.State.CHECKING);
        job.addError(3, "code", Violation.of("code", "required"));
        job.checkedMore(1);
        assertThat(job.state()).isEqualTo(ImportJob.State.REFUSED);
        assertThat(new ImportJob("u", List.of()).state()).isEqualTo(ImportJob.State.REFUSED);
    }

    /** The good workbook with its sheet replaced by {@code size} bytes of sheet XML, made of {@code filler}. */
    private static byte[] bomb(long size, java.util.function.IntFunction<String> filler) throws IOException {
        byte[] good = workbook("Mã", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream zin = new java.util.zip.ZipInputStream(new ByteArrayInputStream(good));
             java.util.zip.ZipOutputStream zout = new java.util.zip.ZipOutputStream(out)) {
            zout.setLevel(1);
            for (java.util.zip.ZipEntry entry; (entry = zin.getNextEntry()) != null; ) {
                zout.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().endsWith("sheet1.xml")) {
                    byte[] head = ("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\"><sheetData>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    zout.write(head);
                    long written = head.length;
                    for (int i = 0; written < size; i++) {
                        byte[] row = filler.apply(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        zout.write(row);
                        written += row.length;
                    }
                    zout.write("</sheetData></worksheet>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    zin.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aWorkbookThatInflatesToAGigabyteIsRefusedBeforeItIsRead() throws IOException {
        // A gigabyte of blanks compresses a thousandfold: refused by the inflate ratio.
        String blanks = " ".repeat(8192);
        byte[] ratioBomb = bomb(1L << 30, i -> blanks);
        assertThat(ratioBomb.length).isLessThan(20 * 1024 * 1024);
        assertThatThrownBy(() -> Sheets.read(new ByteArrayInputStream(ratioBomb), HEADERS, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).key())
                        .isEqualTo("sheet.notXlsx"));
        // Rows of varied numbers compress only a few times: refused by the size an entry may inflate to.
        java.util.Random random = new java.util.Random(7);
        byte[] sizeBomb = bomb(Sheets.MAX_ENTRY_BYTES + (8L << 20), i -> "<row r=\"" + (i + 2) + "\"><c r=\"A" + (i + 2)
                + "\"><v>" + random.nextLong() + "</v></c><c r=\"B" + (i + 2) + "\"><v>" + random.nextInt() + "</v></c></row>");
        assertThatThrownBy(() -> Sheets.read(new ByteArrayInputStream(sizeBomb), HEADERS, 10_000_000))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).key())
                        .isEqualTo("sheet.notXlsx"));
    }

    @Test
    void oneAccountReadsOneWorkbookAtATime() throws Exception {
        byte[] good = workbook("Mã", 3);
        assertThat(Sheets.read("an", new ByteArrayInputStream(good), HEADERS, 10)).hasSize(3);
        assertThat(Sheets.read("an", new ByteArrayInputStream(good), HEADERS, 10)).as("released after reading").hasSize(3);
    }
}
