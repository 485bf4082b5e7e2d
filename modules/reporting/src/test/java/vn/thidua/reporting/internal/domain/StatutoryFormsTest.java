package vn.thidua.reporting.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.campaigns.MovementKind;
import vn.thidua.campaigns.MovementLevel;
import vn.thidua.campaigns.MovementScope;
import vn.thidua.campaigns.MovementState;
import vn.thidua.campaigns.Movements;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;
import vn.thidua.reporting.Report;

/**
 * The arithmetic of the forms on generated counts: every cell equals the sum of the groups its row and column select,
 * which is also what the filter of its records selects; awards of the other form are left out.
 */
class StatutoryFormsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final List<AwardSummary> CATALOGUE = List.of(
            new AwardSummary("CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", AwardKind.TITLE, AwardLevel.PROVINCE, true, false, false),
            new AwardSummary("CO_TD_TINH", "Cờ thi đua của UBND tỉnh", AwardKind.TITLE, AwardLevel.PROVINCE, false, true, false),
            new AwardSummary("BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", AwardKind.FORM, AwardLevel.PROVINCE, true, true, true),
            new AwardSummary("HUY_HIEU_TINH", "Huy hiệu tỉnh", AwardKind.FORM, AwardLevel.PROVINCE, true, false, false),
            new AwardSummary("BANG_KHEN_TTG", "Bằng khen của Thủ tướng", AwardKind.FORM, AwardLevel.STATE, true, true, true),
            new AwardSummary("HUAN_CHUONG_LD_3", "Huân chương Lao động hạng Ba", AwardKind.FORM, AwardLevel.STATE, true, true, false),
            new AwardSummary("CO_TD_CP", "Cờ thi đua của Chính phủ", AwardKind.TITLE, AwardLevel.STATE, false, true, false),
            new AwardSummary("KY_NIEM_CHUONG_X", "Kỷ niệm chương", AwardKind.FORM, AwardLevel.STATE, true, true, false),
            new AwardSummary("TTLDXS", "Tập thể lao động xuất sắc", AwardKind.TITLE, AwardLevel.PROVINCE, false, true, false),
            new AwardSummary("LDTT", "Lao động tiên tiến", AwardKind.TITLE, AwardLevel.UNIT, true, false, false));

    private static List<CommendationStatistics.Group> generated(long seed) {
        Random random = new Random(seed);
        String[] awards = {"CSTD_TINH", "CO_TD_TINH", "BANG_KHEN_TINH", "HUY_HIEU_TINH", "BANG_KHEN_TTG", "LDTT",
            "HUAN_CHUONG_LD_3", "CO_TD_CP", "KY_NIEM_CHUONG_X", "TTLDXS"};
        String[] kinds = {"ENTERPRISE", "COMMUNE", "SCHOOL", "AGENCY"};
        String[] categories = {"LEADER_PROVINCE", "LEADER_DEPARTMENT", "BUSINESS", "OTHER_LEADER", "DIRECT_WORKER"};
        List<CommendationStatistics.Group> groups = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            RecipientType type = RecipientType.values()[random.nextInt(3)];
            groups.add(new CommendationStatistics.Group(awards[random.nextInt(awards.length)], type,
                    kinds[random.nextInt(kinds.length)], type == RecipientType.PERSON ? categories[random.nextInt(5)] : null,
                    CommendationType.values()[random.nextInt(CommendationType.values().length)], 1 + random.nextInt(9)));
        }
        return groups;
    }

    /** What a filter selects among groups: the same predicate the database applies to records. */
    private static long selected(CommendationStatistics.Filter f, List<CommendationStatistics.Group> groups) {
        return groups.stream().filter(g -> f.awardCodes().contains(g.awardCode())
                && (f.recipientType() == null || f.recipientType() == g.recipientType())
                && (f.unitKind() == null || f.unitKind().equals(g.unitKind()))
                && (f.positionCategory() == null || f.positionCategory().equals(g.positionCategory()))
                && (f.type() == null || f.type() == g.type())
                && (f.collective() == null || f.collective() == (g.recipientType() != RecipientType.PERSON))).mapToLong(CommendationStatistics.Group::count).sum();
    }

    @ParameterizedTest(name = "form {0}, seed {1}")
    @CsvSource({"0603, 1", "0603, 2", "0603, 3", "0602, 4", "0602, 5"})
    void everyCellEqualsTheRecordsOfItsFilter(String form, long seed) {
        List<CommendationStatistics.Group> groups = generated(seed);
        List<AwardSummary> awards = StatutoryForms.awardsOf(form, CATALOGUE);
        Report report = StatutoryForms.commendationReport(form, 2025, "SON_LA", "Tỉnh Sơn La", FROM, TO, awards, groups);
        int checked = 0;
        for (Report.Row row : report.rows()) {
            if (row.section()) {
                assertThat(row.cells()).isEmpty();
                continue;
            }
            for (Report.Column column : report.columns()) {
                var filter = StatutoryForms.filterOf(form, row.key(), column.key(), awards, FROM, TO, "SON_LA");
                assertThat(row.cell(column.key())).as(row.key() + " × " + column.key()).isEqualTo(selected(filter, groups));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(("0602".equals(form) ? 19 : 17) * report.columns().size());
    }

    @Test
    void splitsAddUpAndOtherLevelsAreLeftOut() {
        List<CommendationStatistics.Group> groups = generated(7);
        List<AwardSummary> awards = StatutoryForms.awardsOf("0603", CATALOGUE);
        assertThat(awards).extracting(AwardSummary::code).containsExactly("BANG_KHEN_TINH", "CSTD_TINH", "CO_TD_TINH", "HUY_HIEU_TINH");
        Report r = StatutoryForms.commendationReport("0603", 2025, "SON_LA", "Tỉnh Sơn La", FROM, TO, awards, groups);
        // The circular's four columns in its order; TTLĐXS (a provincial title the form has no column for) is not in it.
        assertThat(r.columns()).extracting(Report.Column::key)
                .containsExactly("total", "BANG_KHEN_TINH", "CSTD_TINH", "CO_TD_TINH", "HUY_HIEU_TINH");
        assertThat(r.columns()).extracting(Report.Column::label).containsExactly("Tổng số", "Bằng khen",
                "Chiến sĩ thi đua cấp bộ, cấp tỉnh",
                "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
                "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương");
        for (Report.Row row : r.rows()) {
            assertThat(row.cell("total")).as(row.key()).isEqualTo(row.cell("BANG_KHEN_TINH") + row.cell("CSTD_TINH")
                    + row.cell("CO_TD_TINH") + row.cell("HUY_HIEU_TINH"));
        }
        assertThat(r.rows()).filteredOn(row -> !row.section()).extracting(Report.Row::code).containsExactly("01", "02",
                "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17");
        long provincial = groups.stream().filter(g -> Set.of("CSTD_TINH", "CO_TD_TINH", "BANG_KHEN_TINH", "HUY_HIEU_TINH")
                .contains(g.awardCode())).mapToLong(CommendationStatistics.Group::count).sum();
        assertThat(r.cell("total", "total")).isEqualTo(provincial);
        assertThat(r.cell("collective", "total") + r.cell("household", "total") + r.cell("individual", "total"))
                .isEqualTo(r.cell("total", "total"));
        long byType = 0;
        for (CommendationType type : CommendationType.values()) {
            byType += r.cell(type.name(), "total");
        }
        assertThat(byType).isEqualTo(r.cell("total", "total"));
        assertThat(r.cell("leaderProvince", "total") + r.cell("leaderDepartment", "total") + r.cell("business", "total")
                + r.cell("otherLeader", "total") + r.cell("directWorker", "total")).isEqualTo(r.cell("individual", "total"));
        assertThat(r.cell("enterprise", "total")).isLessThanOrEqualTo(r.cell("collective", "total"));
        assertThat(r.rows()).extracting(Report.Row::key).contains("total", "collective", "enterprise", "household",
                "individual", "leaderProvince", "leaderDepartment", "business", "otherLeader", "directWorker",
                "THUONG_XUYEN", "CHUYEN_DE", "DOT_XUAT", "DOI_NGOAI", "CONG_HIEN", "NIEN_HAN", "KHANG_CHIEN");
        assertThat(r.rows().get(0).label()).isEqualTo("Tổng số");
    }

    @Test
    void form0602SplitsCollectivesAndIndividualsAndPutsTheProvinceAsTheSubmitter() {
        List<CommendationStatistics.Group> groups = generated(11);
        List<AwardSummary> awards = StatutoryForms.awardsOf("0602", CATALOGUE);
        Report r = StatutoryForms.commendationReport("0602", 2025, "SON_LA", "Tỉnh Sơn La", FROM, TO, awards, groups);
        assertThat(r.columns()).extracting(Report.Column::key).containsExactly("total", "HUAN_CHUONG_LD_3.collective",
                "HUAN_CHUONG_LD_3.individual", "GIAI_THUONG_HCM", "GIAI_THUONG_NN", "CO_TD_CP", "BANG_KHEN_TTG.collective",
                "BANG_KHEN_TTG.individual", "CSTD_TQ", "other.collective", "other.individual");
        long state = groups.stream().filter(g -> Set.of("BANG_KHEN_TTG", "HUAN_CHUONG_LD_3", "CO_TD_CP", "KY_NIEM_CHUONG_X")
                .contains(g.awardCode())).mapToLong(CommendationStatistics.Group::count).sum();
        assertThat(r.cell("total", "total")).isEqualTo(state);
        for (Report.Row row : r.rows()) {
            assertThat(row.cell("total")).as(row.key()).isEqualTo(r.columns().stream().skip(1)
                    .mapToLong(c -> row.cell(c.key())).sum());
        }
        assertThat(r.cell("submitter.PROVINCE", "total")).isEqualTo(state);
        assertThat(r.cell("submitter.SECTOR", "total")).isZero();
        assertThat(r.cell("individual", "BANG_KHEN_TTG.collective")).isZero();
        assertThat(r.cell("household", "BANG_KHEN_TTG.individual")).isZero();
        assertThat(r.cell("total", "other.collective") + r.cell("total", "other.individual")).isEqualTo(groups.stream()
                .filter(g -> g.awardCode().equals("KY_NIEM_CHUONG_X")).mapToLong(CommendationStatistics.Group::count).sum());
        assertThat(r.rows()).extracting(Report.Row::key).startsWith("total", "bySubmitter", "submitter.SECTOR",
                "submitter.PROVINCE", "bySubject", "collective");
        assertThat(r.rows()).filteredOn(row -> row.key().equals("collective")).extracting(Report.Row::code)
                .containsExactly("06");
        assertThat(r.rows().get(r.rows().size() - 1).code()).isEqualTo("21");
    }

    @Test
    void form0601CountsMovementsByLevelScopeDurationAndMethod() {
        List<Movements.MovementSummary> movements = List.of(
                movement(MovementLevel.PROVINCE, MovementScope.PROVINCE, MovementKind.REGULAR, "2025-01-01", "2025-12-31"),
                movement(MovementLevel.PROVINCE, MovementScope.CLUSTER, MovementKind.THEMATIC, "2025-03-01", "2027-02-28"),
                movement(MovementLevel.DEPARTMENT, MovementScope.AGENCY, MovementKind.THEMATIC, "2025-05-01", "2025-08-31"),
                movement(MovementLevel.UNIT, MovementScope.AGENCY, MovementKind.THEMATIC, "2025-01-01", "2030-12-31"),
                movement(MovementLevel.PROVINCE, MovementScope.PROVINCE, MovementKind.THEMATIC, "2025-01-01", "2028-06-30"));
        Report r = StatutoryForms.movementReport(2025, "SON_LA", "Tỉnh Sơn La", FROM, TO, movements);
        // The circular's orientation: scope, duration and method are rows 01–12; the launching level the columns.
        assertThat(r.columns()).extracting(Report.Column::key).containsExactly("total", "level.CENTRAL",
                "level.SECTOR_OR_PROVINCE", "level.AGENCY");
        assertThat(r.rows()).filteredOn(row -> !row.section()).extracting(Report.Row::key).containsExactly("total",
                "scope.NATIONAL", "scope.SECTOR_OR_LOCAL", "scope.CLUSTER", "scope.AGENCY", "duration.LT1", "duration.Y1",
                "duration.Y1_3", "duration.Y3_5", "duration.GE5", "method.THEMATIC", "method.REGULAR");
        assertThat(r.rows()).filteredOn(row -> !row.section()).extracting(Report.Row::code).containsExactly("01", "02",
                "03", "04", "05", "06", "07", "08", "09", "10", "11", "12");
        assertThat(r.cell("total", "total")).isEqualTo(5);
        assertThat(r.cell("total", "level.SECTOR_OR_PROVINCE")).isEqualTo(3);
        assertThat(r.cell("total", "level.AGENCY")).isEqualTo(2);
        assertThat(r.cell("total", "level.CENTRAL")).isZero();
        assertThat(r.cell("scope.SECTOR_OR_LOCAL", "total")).isEqualTo(2);
        assertThat(r.cell("scope.AGENCY", "total")).isEqualTo(2);
        assertThat(r.cell("scope.AGENCY", "level.AGENCY")).isEqualTo(2);
        assertThat(r.cell("duration.Y1", "total")).isEqualTo(1);
        assertThat(r.cell("duration.LT1", "total")).isEqualTo(1);
        assertThat(r.cell("duration.Y1_3", "total")).isEqualTo(1);
        assertThat(r.cell("duration.Y3_5", "total")).isEqualTo(1);
        assertThat(r.cell("duration.GE5", "total")).isEqualTo(1);
        assertThat(r.cell("method.THEMATIC", "total")).isEqualTo(4);
        assertThat(r.cell("method.REGULAR", "level.SECTOR_OR_PROVINCE")).isEqualTo(1);
        for (Report.Row row : r.rows()) {
            if (row.section()) {
                continue;
            }
            assertThat(row.cell("total")).isEqualTo(row.cell("level.CENTRAL") + row.cell("level.SECTOR_OR_PROVINCE")
                    + row.cell("level.AGENCY"));
            for (Report.Column column : r.columns()) {
                assertThat(row.cell(column.key())).isEqualTo(movements.stream()
                        .filter(StatutoryForms.inCell(row.key(), column.key())).count());
            }
        }
    }

    private static Movements.MovementSummary movement(MovementLevel level, MovementScope scope, MovementKind kind,
                                                      String from, String to) {
        return new Movements.MovementSummary(1, "PT", "Phong trào", kind, level, scope, "SON_LA", LocalDate.parse(from),
                LocalDate.parse(to), MovementState.LAUNCHED, 1);
    }
}
