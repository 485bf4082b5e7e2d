package vn.thidua.reporting.internal.documents;

import vn.thidua.platform.sheets.Cells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.platform.sheets.Sheets;

/**
 * The result of a commendation search as .xlsx or CSV, written while the records are read a thousand at a time: a
 * window of 200 rows in memory (SXSSF spills the rest to a temporary file), so a million rows fit.
 */
public final class RecordExports {

    public static final List<String> COLUMNS = List.of("Mã bản ghi", "Mã danh hiệu, hình thức", "Tên", "Loại (danh hiệu/hình thức)",
            "Cấp", "Đối tượng", "Mã đối tượng", "Tên đối tượng", "Đơn vị", "Loại đơn vị", "Nhóm chức vụ", "Năm thành tích",
            "Loại hình", "Số quyết định", "Ngày quyết định", "Người ký", "Cơ quan ban hành", "Đã hủy bỏ", "Bị thay bằng");

    private RecordExports() {
    }

    /** {@code source} feeds every line to the consumer it is given. */
    public static void xlsx(Consumer<Consumer<CommendationStatistics.Line>> source, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("KhenThuong");
            Sheets.headerRow(sheet, COLUMNS, 18);
            int[] r = {1};
            source.accept(line -> {
                Row row = sheet.createRow(r[0]++);
                List<String> cells = cells(line);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(Cells.inert(cells.get(c)));
                }
            });
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** UTF-8 with a byte-order mark (Excel reads Vietnamese then), comma separated, quoted where needed. */
    public static void csv(Consumer<Consumer<CommendationStatistics.Line>> source, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(String.join(",", COLUMNS.stream().map(RecordExports::quote).toList()));
        writer.write("\r\n");
        try {
            source.accept(line -> {
                try {
                    writer.write(String.join(",", cells(line).stream().map(RecordExports::quote).toList()));
                    writer.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    static List<String> cells(CommendationStatistics.Line l) {
        return List.of(Long.toString(l.id()), l.awardCode(), l.awardName(), l.awardKind() == null ? "" : l.awardKind().name(),
                l.level() == null ? "" : l.level().name(), l.recipientType().name(), l.recipientCode(), l.recipientName(),
                l.unitCode(), text(l.unitKind()), text(l.positionCategory()), Integer.toString(l.year()), l.type().name(),
                l.decisionNumber(), l.decisionDateText(), text(l.signer()), text(l.authority()), l.revoked() ? "Có" : "",
                l.supersededBy() == null ? "" : l.supersededBy().toString());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static String quote(String raw) {
        String value = Cells.inert(raw);
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
