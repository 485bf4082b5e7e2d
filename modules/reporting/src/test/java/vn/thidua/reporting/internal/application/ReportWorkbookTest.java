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
        List<AwardSummary> awards = List.of(
                new AwardSummary("BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", AwardKind.FORM, AwardLevel.PROVINCE, true, true, true),
                new AwardSummary("CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", AwardKind.TITLE, AwardLevel.PROVINCE, true, false, false));
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
