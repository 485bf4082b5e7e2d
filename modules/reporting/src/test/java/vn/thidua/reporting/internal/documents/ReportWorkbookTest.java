package vn.thidua.reporting.internal.documents;

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

    @Test
    void form0601ReadsBackWithTheCircularsRowsAndLevels() throws Exception {
        Report report = StatutoryForms.movementReport(2025, "SON_LA", "Tỉnh Sơn La", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), List.of(new vn.thidua.campaigns.Movements.MovementSummary(1, "PT",
                        "Phong trào", vn.thidua.campaigns.MovementKind.THEMATIC, vn.thidua.campaigns.MovementLevel.PROVINCE,
                        vn.thidua.campaigns.MovementScope.PROVINCE, "SON_LA", LocalDate.of(2025, 3, 1),
                        LocalDate.of(2027, 2, 28), vn.thidua.campaigns.MovementState.LAUNCHED, 1)));
        try (XSSFWorkbook workbook = read(report)) {
            Sheet sheet = workbook.getSheetAt(0);
            // The circular's orientation: the launching level across, under its group heading.
            assertThat(headings(sheet, report)).containsExactly("Tổng số (1 = 2 + 3 + 4)",
                    "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua",
                    "Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)",
                    "Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
                    "Cơ quan, tổ chức, đơn vị");
            // …and scope, duration and method down, coded 01–12 in the circular's order.
            assertThat(rowLabels(sheet, report)).containsExactly("Tổng số", "1. Chia theo phạm vi tổ chức thi đua",
                    "- Toàn quốc", "- Bộ, ban, ngành, đoàn thể, địa phương",
                    "- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức", "- Cơ quan, tổ chức, đơn vị",
                    "2. Chia theo thời hạn thi đua", "- Dưới 1 năm", "- 1 năm", "- Từ 1 năm đến dưới 3 năm",
                    "- Từ 3 năm đến dưới 5 năm", "- Từ 5 năm trở lên", "3. Chia theo phương thức tổ chức phong trào thi đua",
                    "- Thi đua theo chuyên đề", "- Thi đua thường xuyên hàng năm");
            assertFiguresAsOnScreen(sheet, report);
        }
    }

    @Test
    void form0602ReadsBackWithTheCircularsColumnsSplitByCollectiveAndIndividual() throws Exception {
        List<AwardSummary> awards = StatutoryForms.awardsOf("0602", List.of(
                new AwardSummary("BANG_KHEN_TTG", "Bằng khen của Thủ tướng", AwardKind.FORM, AwardLevel.STATE, true, true, true),
                new AwardSummary("HUAN_CHUONG_LD_3", "Huân chương Lao động hạng Ba", AwardKind.FORM, AwardLevel.STATE, true, true, false),
                new AwardSummary("CO_TD_CP", "Cờ thi đua của Chính phủ", AwardKind.TITLE, AwardLevel.STATE, false, true, false),
                new AwardSummary("BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", AwardKind.FORM, AwardLevel.PROVINCE, true, true, true)));
        Report report = StatutoryForms.commendationReport("0602", 2025, "SON_LA", "Tỉnh Sơn La", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), awards, List.of(
                        new CommendationStatistics.Group("BANG_KHEN_TTG", RecipientType.UNIT, "ENTERPRISE", null,
                                CommendationType.THUONG_XUYEN, 2),
                        new CommendationStatistics.Group("HUAN_CHUONG_LD_3", RecipientType.PERSON, "AGENCY",
                                "DIRECT_WORKER", CommendationType.THUONG_XUYEN, 1)));
        try (XSSFWorkbook workbook = read(report)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(headings(sheet, report)).containsExactly("Tổng số",
                    "Các loại huân chương, huy chương", "Huân chương Lao động hạng Ba — Tập thể",
                    "Huân chương Lao động hạng Ba — Cá nhân",
                    "Giải thưởng", "Giải thưởng Hồ Chí Minh", "Giải thưởng Nhà nước",
                    "Cờ thi đua của Chính phủ", "Bằng khen của Thủ tướng Chính phủ — Tập thể",
                    "Bằng khen của Thủ tướng Chính phủ — Cá nhân", "Danh hiệu \"Chiến sĩ thi đua toàn quốc\"",
                    "Các hình thức khen thưởng khác", "Hình thức khác — Tập thể", "Hình thức khác — Cá nhân");
            // The body that submitted to the Prime Minister comes before the subjects.
            assertThat(rowLabels(sheet, report).subList(0, 2)).containsExactly(report.rows().get(0).label(),
                    report.rows().get(1).label());
            assertThat(report.rows()).extracting(Report.Row::key).startsWith("total", "bySubmitter");
            assertFiguresAsOnScreen(sheet, report);
        }
    }

    private static XSSFWorkbook read(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The column headings left to right: a group heading where its group starts, then the columns under it. */
    private static List<String> headings(Sheet sheet, Report report) {
        DataFormatter formatter = new DataFormatter();
        List<String> headings = new java.util.ArrayList<>();
        for (int c = 0; c < report.columns().size(); c++) {
            int column = ReportWorkbook.FIRST_DATA_COLUMN + c;
            String group = formatter.formatCellValue(sheet.getRow(6).getCell(column));
            String head = sheet.getRow(7) == null ? "" : formatter.formatCellValue(sheet.getRow(7).getCell(column));
            if (!group.isEmpty()) {
                headings.add(group);
            }
            if (!head.isEmpty()) {
                headings.add(head);
            }
        }
        return headings;
    }

    private static List<String> rowLabels(Sheet sheet, Report report) {
        DataFormatter formatter = new DataFormatter();
        return java.util.stream.IntStream.range(0, report.rows().size()).mapToObj(r -> formatter.formatCellValue(
                sheet.getRow(ReportWorkbook.FIRST_DATA_ROW + r).getCell(0))).toList();
    }

    private static void assertFiguresAsOnScreen(Sheet sheet, Report report) {
        for (int r = 0; r < report.rows().size(); r++) {
            Report.Row row = report.rows().get(r);
            if (row.section()) {
                continue;
            }
            var line = sheet.getRow(ReportWorkbook.FIRST_DATA_ROW + r);
            for (int c = 0; c < report.columns().size(); c++) {
                assertThat((long) line.getCell(ReportWorkbook.FIRST_DATA_COLUMN + c).getNumericCellValue())
                        .as(row.key() + " × " + report.columns().get(c).key())
                        .isEqualTo(row.cell(report.columns().get(c).key()));
            }
        }
    }
}
