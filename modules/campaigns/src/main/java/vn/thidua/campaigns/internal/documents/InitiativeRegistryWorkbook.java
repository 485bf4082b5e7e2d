package vn.thidua.campaigns.internal.documents;

import vn.thidua.platform.sheets.Cells;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.thidua.campaigns.InitiativeEntry;
import vn.thidua.platform.Page;
import vn.thidua.platform.sheets.Sheets;

/** The initiatives registry as .xlsx: every page of a search, a window of rows in memory (SXSSF). */
public final class InitiativeRegistryWorkbook {

    static final List<String> COLUMNS = List.of("Tên sáng kiến, đề tài", "Loại", "Phạm vi ảnh hưởng", "Lĩnh vực",
            "Tác giả (mã)", "Cơ quan công nhận", "Số quyết định", "Ngày công nhận", "Hiệu quả", "Số tệp minh chứng");

    private InitiativeRegistryWorkbook() {
    }

    public static void write(OutputStream out, IntFunction<Page<InitiativeEntry>> pages) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("SangKien");
            Sheets.headerRow(sheet, COLUMNS, 22);
            int r = 1;
            for (int page = 0; ; page++) {
                Page<InitiativeEntry> found = pages.apply(page);
                for (InitiativeEntry e : found.items()) {
                    Row row = sheet.createRow(r++);
                    String[] cells = {e.title(), e.kind().name(), e.scope().name(), e.field(), e.authors(),
                        e.recognisingBody(), e.decisionNumber(), e.recognisedOnText(), e.effect(),
                        Integer.toString(e.evidence().size())};
                    for (int c = 0; c < cells.length; c++) {
                        row.createCell(c).setCellValue(Cells.inert(cells[c]));
                    }
                }
                if ((long) (page + 1) * found.size() >= found.total() || found.items().isEmpty()) {
                    break;
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
