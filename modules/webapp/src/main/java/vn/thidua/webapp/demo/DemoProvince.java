package vn.thidua.webapp.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.thidua.campaigns.ClusterKind;
import vn.thidua.campaigns.ClusterService;
import vn.thidua.campaigns.Clusters;
import vn.thidua.campaigns.CriterionKind;
import vn.thidua.campaigns.MovementKind;
import vn.thidua.campaigns.MovementLevel;
import vn.thidua.campaigns.MovementScope;
import vn.thidua.campaigns.MovementService;
import vn.thidua.campaigns.Movements;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.CommendationInput;
import vn.thidua.commendation.CommendationService;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.RecipientType;
import vn.thidua.organisation.Gender;
import vn.thidua.organisation.HouseholdService;
import vn.thidua.organisation.PersonInput;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.PositionCategory;
import vn.thidua.organisation.Rating;
import vn.thidua.organisation.UnitInput;
import vn.thidua.organisation.UnitKind;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.ProvinceClock;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.webapp.persistence.DataSourceConfiguration;

/**
 * Loads the demonstration province in one transaction (all of it or nothing), as the administrator who asked:
 * every record goes through its module's service, so it is checked and in the audit trail like any other.
 * Refused unless the caller administers the root and the database holds nothing but the root unit.
 */
@ApplicationScoped
public class DemoProvince {

    private static final Logger LOG = Logger.getLogger(DemoProvince.class.getName());
    private static final String BUNDLE = "vn.thidua.webapp.i18n.messages";

    /**
     * What a database holding real data has at least one of: an EXISTS each (units, a few thousand at most, are
     * counted), so that the home page of a province's administrator asks it cheaply whatever the volume (H2 and
     * PostgreSQL both take a SELECT without FROM).
     */
    private static final String DATA_COUNT = "select"
            + " (case when (select count(*) from org_unit) > 1 then 1 else 0 end)"
            + " + (case when exists (select 1 from org_person) then 1 else 0 end)"
            + " + (case when exists (select 1 from org_household) then 1 else 0 end)"
            + " + (case when exists (select 1 from cmd_commendation) then 1 else 0 end)"
            + " + (case when exists (select 1 from cmd_nomination_batch) then 1 else 0 end)"
            + " + (case when exists (select 1 from cmp_movement) then 1 else 0 end)"
            + " + (case when exists (select 1 from cmp_cluster) then 1 else 0 end)";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject UnitScope scope;

    @Inject UnitService units;

    @Inject PersonService people;

    @Inject HouseholdService households;

    @Inject CommendationService commendations;

    @Inject MovementService movements;

    @Inject ClusterService clusters;

    @Inject NominationService nominations;

    /** True when the installation holds nothing but its root unit: the demonstration may be loaded. */
    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery(DATA_COUNT)) {
            return count.next() && count.getLong(1) <= 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the installation's records", e);
        }
    }

    /** True when the signed-in user may load it: an administrator of the whole province. */
    public boolean mayLoad() {
        return scope.hasRoleOnRoot(Set.of(Roles.ADMIN));
    }

    @Transactional
    public void load() {
        if (!mayLoad()) {
            throw new AccessDeniedException("the demonstration province");
        }
        if (!isEmpty()) {
            throw new ConflictException(new Violation("demo", BUNDLE, "demo.notEmpty"));
        }
        String root = units.topNodes().stream().map(UnitNode::code).findFirst().orElseThrow();
        int year = ProvinceClock.thisYear();
        loadUnits(root);
        List<String> staff = loadPeople(year);
        loadCommendations(year, staff);
        loadMovementAndCluster(root, year);
        loadNomination(year, staff);
        LOG.info("The demonstration province was loaded under " + root + ".");
    }

    private void unit(String code, String name, String parent, UnitKind kind, LocalDate from, LocalDate to) {
        units.save(code, new UnitInput(name, parent, kind, from, to, null), null);
    }

    private void loadUnits(String root) {
        LocalDate old = LocalDate.of(2004, 1, 1);
        LocalDate reform = LocalDate.of(2025, 7, 1);
        unit("HUYEN_MAI_SON", "Huyện Mai Sơn", root, UnitKind.DISTRICT, old, reform.minusDays(1));
        unit("HUYEN_MOC_CHAU", "Huyện Mộc Châu", root, UnitKind.DISTRICT, old, reform.minusDays(1));
        unit("SO_NOI_VU", "Sở Nội vụ", root, UnitKind.DEPARTMENT, old, null);
        unit("BAN_TDKT", "Ban Thi đua - Khen thưởng", "SO_NOI_VU", UnitKind.AGENCY, old, null);
        unit("SO_GDDT", "Sở Giáo dục và Đào tạo", root, UnitKind.DEPARTMENT, old, null);
        unit("THPT_CHUYEN", "Trường THPT Chuyên Sơn La", "SO_GDDT", UnitKind.SCHOOL, old, null);
        unit("SO_Y_TE", "Sở Y tế", root, UnitKind.DEPARTMENT, old, null);
        unit("BV_DA_KHOA", "Bệnh viện Đa khoa tỉnh", "SO_Y_TE", UnitKind.AGENCY, old, null);
        unit("XA_CHIENG_MUNG", "Xã Chiềng Mung", root, UnitKind.COMMUNE, reform, null);
        unit("XA_MUONG_BU", "Xã Mường Bú", root, UnitKind.COMMUNE, reform, null);
        unit("PHUONG_TO_HIEU", "Phường Tô Hiệu", root, UnitKind.COMMUNE, reform, null);
        unit("PHUONG_MOC_CHAU", "Phường Mộc Châu", root, UnitKind.COMMUNE, reform, null);
        unit("TH_CHIENG_MUNG", "Trường Tiểu học Chiềng Mung", "XA_CHIENG_MUNG", UnitKind.SCHOOL, old, null);
        unit("THCS_TO_HIEU", "Trường THCS Tô Hiệu", "PHUONG_TO_HIEU", UnitKind.SCHOOL, old, null);
        unit("BAN_HUA_TAT", "Bản Hua Tạt", "PHUONG_MOC_CHAU", UnitKind.VILLAGE, old, null);
        for (String collective : List.of("TH_CHIENG_MUNG", "THCS_TO_HIEU", "THPT_CHUYEN", "BV_DA_KHOA")) {
            units.rate(collective, ProvinceClock.thisYear() - 1, Rating.HTXSNV);
            units.rate(collective, ProvinceClock.thisYear(), Rating.HTXSNV);
        }
        households.save("HO_LO_VAN_PANG", "Lò Văn Pảng", "BAN_HUA_TAT", null);
        households.save("HO_VI_THI_NGA", "Vì Thị Ngà", "BAN_HUA_TAT", null);
        households.save("HO_HA_VAN_SON", "Hà Văn Sơn", "BAN_HUA_TAT", null);
    }

    /** The people, each rated for last year and this one; returns their codes in the order written. */
    private List<String> loadPeople(int year) {
        Object[][] rows = {
            {"Lò Thị Mến", "TH_CHIENG_MUNG", Gender.FEMALE, 1985},
            {"Cầm Văn Chiến", "TH_CHIENG_MUNG", Gender.MALE, 1979},
            {"Lường Thị Hoa", "TH_CHIENG_MUNG", Gender.FEMALE, 1990},
            {"Tòng Văn Khánh", "TH_CHIENG_MUNG", Gender.MALE, 1988},
            {"Quàng Thị Duyên", "TH_CHIENG_MUNG", Gender.FEMALE, 1993},
            {"Nguyễn Văn Đức", "THCS_TO_HIEU", Gender.MALE, 1981},
            {"Hoàng Thị Thanh Nhàn", "THCS_TO_HIEU", Gender.FEMALE, 1987},
            {"Đinh Công Tuấn", "THCS_TO_HIEU", Gender.MALE, 1984},
            {"Phạm Thị Lan Anh", "THPT_CHUYEN", Gender.FEMALE, 1983},
            {"Trần Quốc Bảo", "THPT_CHUYEN", Gender.MALE, 1980},
            {"Lê Thị Hương", "BV_DA_KHOA", Gender.FEMALE, 1986},
            {"Vũ Đình Nam", "BV_DA_KHOA", Gender.MALE, 1978},
            {"Mùa A Dính", "XA_MUONG_BU", Gender.MALE, 1991},
            {"Giàng Thị Mỷ", "XA_MUONG_BU", Gender.FEMALE, 1995},
            {"Vì Văn Thắng", "XA_CHIENG_MUNG", Gender.MALE, 1982},
            {"Hà Thị Thu", "PHUONG_TO_HIEU", Gender.FEMALE, 1989},
            {"Sầm Văn Dũng", "PHUONG_MOC_CHAU", Gender.MALE, 1977},
            {"Bạc Thị Xuân", "BAN_TDKT", Gender.FEMALE, 1984},
        };
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String code = String.format("DEMO%03d", i + 1);
            int born = (Integer) rows[i][3];
            people.save(code, new PersonInput((String) rows[i][0], (String) rows[i][1], LocalDate.of(2015, 9, 1),
                    (Gender) rows[i][2], LocalDate.of(born, 1 + i % 12, 1 + i % 27), PositionCategory.DIRECT_WORKER,
                    LocalDate.of(born + 23, 9, 1), null), null);
            people.rate(code, year - 1, i % 3 == 0 ? Rating.HTXSNV : Rating.HTTNV);
            people.rate(code, year, i % 3 == 0 ? Rating.HTXSNV : Rating.HTTNV);
            codes.add(code);
        }
        return codes;
    }

    private void loadCommendations(int year, List<String> staff) {
        int achieved = year - 1;
        LocalDate decided = LocalDate.of(achieved + 1, 1, 15);
        for (int i = 0; i < staff.size(); i++) {
            commendations.record(new CommendationInput("LDTT", RecipientType.PERSON, staff.get(i), achieved,
                    CommendationType.THUONG_XUYEN, null, "12/QĐ-DEMO", decided, "Thủ trưởng đơn vị", null));
        }
        for (int i = 0; i < staff.size(); i += 3) {
            commendations.record(new CommendationInput("CSTDCS", RecipientType.PERSON, staff.get(i), achieved,
                    CommendationType.THUONG_XUYEN, null, "13/QĐ-DEMO", decided, "Thủ trưởng đơn vị", null));
        }
        commendations.record(new CommendationInput("BANG_KHEN_TINH", RecipientType.PERSON, staff.get(0), achieved,
                CommendationType.THUONG_XUYEN, null, "215/QĐ-UBND", LocalDate.of(achieved + 1, 3, 20),
                "Chủ tịch Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Sơn La"));
        for (String school : List.of("TH_CHIENG_MUNG", "THCS_TO_HIEU")) {
            commendations.record(new CommendationInput("TTLDTT", RecipientType.UNIT, school, achieved,
                    CommendationType.THUONG_XUYEN, null, "14/QĐ-DEMO", decided, null, null));
        }
        commendations.record(new CommendationInput("GD_VAN_HOA", RecipientType.HOUSEHOLD, "HO_LO_VAN_PANG",
                achieved, CommendationType.THUONG_XUYEN, null, "05/QĐ-UBND", LocalDate.of(achieved, 12, 20),
                "Chủ tịch Ủy ban nhân dân phường", "Ủy ban nhân dân phường Mộc Châu"));
    }

    private void loadMovementAndCluster(String root, int year) {
        List<String> communes = List.of("XA_CHIENG_MUNG", "XA_MUONG_BU", "PHUONG_TO_HIEU", "PHUONG_MOC_CHAU");
        clusters.create(new Clusters.ClusterInput("CUM_XA_PHUONG", year, "Cụm thi đua các xã, phường",
                ClusterKind.AREA, "XA_CHIENG_MUNG", "PHUONG_TO_HIEU", communes, List.of(
                        new Clusters.CriterionInput("Phát triển kinh tế - xã hội", CriterionKind.CRITERION,
                                new BigDecimal("50"), BigDecimal.ONE),
                        new Clusters.CriterionInput("Xây dựng chính quyền, cải cách hành chính",
                                CriterionKind.CRITERION, new BigDecimal("30"), BigDecimal.ONE),
                        new Clusters.CriterionInput("Mô hình mới, cách làm hay", CriterionKind.BONUS,
                                new BigDecimal("5"), BigDecimal.ONE)), 1, 1));
        movements.create(new Movements.MovementInput("PT_NONG_THON_MOI", "Sơn La chung sức xây dựng nông thôn mới",
                "Xây dựng nông thôn mới, đô thị văn minh giai đoạn 2025 – 2030", "Cả tỉnh chung sức",
                MovementKind.THEMATIC, MovementLevel.PROVINCE, MovementScope.PROVINCE, root,
                LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31), communes, List.of(),
                "100% số xã đạt chuẩn nông thôn mới vào năm 2030", null));
        Clusters.ClusterDetails cluster = clusters.find("CUM_XA_PHUONG", year);
        String[][] points = {{"45", "27", "4"}, {"41", "26", "2"}, {"47", "28", "5"}};
        for (int u = 0; u < points.length; u++) {
            List<Clusters.Points> sheet = new ArrayList<>();
            for (int c = 0; c < cluster.criteria().size(); c++) {
                sheet.add(new Clusters.Points(cluster.criteria().get(c).id(), new BigDecimal(points[u][c]),
                        "Báo cáo tổng kết năm " + year));
            }
            clusters.score("CUM_XA_PHUONG", year, communes.get(u), sheet, true);
        }
    }

    private void loadNomination(int year, List<String> staff) {
        long batch = nominations.create(new Nominations.BatchInput(
                "Đề nghị danh hiệu Lao động tiên tiến năm " + year, "TH_CHIENG_MUNG", year,
                CommendationType.THUONG_XUYEN, null, AwardLevel.UNIT));
        for (String person : staff.subList(0, 4)) {
            nominations.addNominee(batch, RecipientType.PERSON, person, "LDTT");
        }
    }
}
