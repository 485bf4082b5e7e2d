package vn.thidua.reporting.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;

/** The search exports, read back: every line once, Vietnamese intact, CSV quoted where needed. */
class RecordExportsTest {

    private static List<CommendationStatistics.Line> lines(int n) {
        List<CommendationStatistics.Line> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            lines.add(new CommendationStatistics.Line(i, "BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", AwardKind.FORM,
                    AwardLevel.PROVINCE, RecipientType.PERSON, "CB" + i, "Lò Thị \"Hoa\", bản Mòng", "XA_1", "COMMUNE",
                    "DIRECT_WORKER", 2025, CommendationType.THUONG_XUYEN, null, "12/QĐ-UBND", LocalDate.of(2025, 3, 1),
                    "Chủ tịch", "UBND tỉnh", BigDecimal.ZERO, i % 2 == 0, i % 2 == 0 ? "9/QĐ" : null,
                    i % 2 == 0 ? LocalDate.of(2025, 9, 1) : null, null));
        }
        return lines;
    }

    @Test
    void xlsxHasOneRowPerLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordExports.xlsx(sink -> lines(1500).forEach(sink), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1500);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã bản ghi");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Lò Thị \"Hoa\", bản Mòng");
            assertThat(sheet.getRow(2).getCell(17).getStringCellValue()).isEqualTo("Có");
            assertThat(sheet.getRow(1).getCell(14).getStringCellValue()).isEqualTo("01/03/2025");
        }
    }

    @Test
    void csvIsUtf8WithABomAndQuotesWhatNeedsIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordExports.csv(sink -> lines(2).forEach(sink), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMã bản ghi,");
        String[] rows = text.split("\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows[1]).contains(",\"Lò Thị \"\"Hoa\"\", bản Mòng\",");
        assertThat(RecordExports.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(RecordExports.quote("plain")).isEqualTo("plain");
    }
}
