package vn.thidua.reporting.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;
import vn.thidua.reporting.Report;
import vn.thidua.reporting.internal.domain.StatutoryForms;

/** The official layout, parsed back with POI: header block, title, period, every figure where the screen shows it. */
class ReportWorkbookTest {

    @Test
    void writesTheFormWithTheFiguresOfTheScreen() throws Exception {
        List<AwardSummary> awards = StatutoryForms.awardsOf("0603", List.of(
                new AwardSummary("HUY_HIEU_TINH", "Huy hiệu tỉnh", AwardKind.FORM, AwardLevel.PROVINCE, true, true, false),
                new AwardSummary("CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", AwardKind.TITLE, AwardLevel.PROVINCE, true, false, false),
                new AwardSummary("TTLDXS", "Tập thể lao động xuất sắc", AwardKind.TITLE, AwardLevel.PROVINCE, false, true, false),
                new AwardSummary("CO_TD_TINH", "Cờ thi đua của UBND tỉnh", AwardKind.TITLE, AwardLevel.PROVINCE, false, true, false),
                new AwardSummary("BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", AwardKind.FORM, AwardLevel.PROVINCE, true, true, true)));
        Report report = StatutoryForms.commendationReport("0603", 2025, "SON_LA", "Tỉnh Sơn La", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), awards, List.of(
                        new CommendationStatistics.Group("BANG_KHEN_TINH", RecipientType.UNIT, "ENTERPRISE", null,
                                CommendationType.THUONG_XUYEN, 3),
                        new CommendationStatistics.Group("CSTD_TINH", RecipientType.PERSON, "AGENCY", "DIRECT_WORKER",
                                CommendationType.THUONG_XUYEN, 7)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.write(report, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Biểu số: 0603.N/BNV-TĐKT");
            assertThat(formatter.formatCellValue(sheet.getRow(4).getCell(0))).startsWith("SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ");
            assertThat(formatter.formatCellValue(sheet.getRow(5).getCell(0))).contains("Năm 2025").contains("01/01/2025");
            // The circular's headings in the circular's order: Tổng số, then Chia ra: Bằng khen, CSTĐ, Cờ, Huy hiệu.
            int first = ReportWorkbook.FIRST_DATA_COLUMN;
            assertThat(formatter.formatCellValue(sheet.getRow(6).getCell(first))).isEqualTo("Tổng số");
            assertThat(formatter.formatCellValue(sheet.getRow(6).getCell(first + 1))).isEqualTo("Chia ra");
            assertThat(java.util.stream.IntStream.rangeClosed(1, 4)
                    .mapToObj(i -> formatter.formatCellValue(sheet.getRow(7).getCell(first + i)))).containsExactly(
                    "Bằng khen", "Chiến sĩ thi đua cấp bộ, cấp tỉnh",
                    "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
                    "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương");
            assertThat(sheet.getRow(7).getCell(first + 5)).as("no fifth award column").isNull();
            for (int r = 0; r < report.rows().size(); r++) {
                Report.Row row = report.rows().get(r);
                var line = sheet.getRow(ReportWorkbook.FIRST_DATA_ROW + r);
                assertThat(formatter.formatCellValue(line.getCell(0))).isEqualTo(row.label());
                if (row.section()) {
                    continue;
                }
                for (int c = 0; c < report.columns().size(); c++) {
                    assertThat((long) line.getCell(ReportWorkbook.FIRST_DATA_COLUMN + c).getNumericCellValue())
                            .as(row.key() + " × " + report.columns().get(c).key())
                            .isEqualTo(row.cell(report.columns().get(c).key()));
                }
            }
            assertThat((long) sheet.getRow(ReportWorkbook.FIRST_DATA_ROW).getCell(ReportWorkbook.FIRST_DATA_COLUMN)
                    .getNumericCellValue()).isEqualTo(10);
        }
    }
}
