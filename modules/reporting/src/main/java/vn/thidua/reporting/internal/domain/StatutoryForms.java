package vn.thidua.reporting.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;
import vn.thidua.campaigns.Movements;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;
import vn.thidua.reporting.Report;

/**
 * The layout of forms 0601-0603 (Circular 02/2023/TT-BNV) and the arithmetic of their cells, from counts the owning
 * modules made in the database. No database here: every cell is a sum of groups that match its row and column, and
 * {@link #filterOf} gives the filter of the records behind it, so that a cell always equals its records.
 */
public final class StatutoryForms {

    public static final String TOTAL = "total";
    private static final ResourceBundle LABELS = ResourceBundle.getBundle("vn.thidua.reporting.i18n.forms",
            Locale.forLanguageTag("vi"), StatutoryForms.class.getClassLoader());

    /** A row of 0602/0603: which groups it counts and which records lie behind it. */
    private record Line(String key, String code, String unit, boolean section, RecipientType recipientType,
                        String unitKind, String positionCategory, CommendationType type, boolean none) {

        Line(String key, String code, String unit, boolean section, RecipientType recipientType, String unitKind,
             String positionCategory, CommendationType type) {
            this(key, code, unit, section, recipientType, unitKind, positionCategory, type, false);
        }

        boolean matches(CommendationStatistics.Group g) {
            return !none && (recipientType == null || recipientType == g.recipientType())
                    && (unitKind == null || unitKind.equals(g.unitKind()))
                    && (positionCategory == null || positionCategory.equals(g.positionCategory()))
                    && (type == null || type == g.type());
        }
    }

    /**
     * A column of 0602/0603: the awards it counts and, where the form splits a kind into collective and individual,
     * which side ({@code collective}: true for collectives and households, false for individuals, null for both).
     */
    private record Cell(String key, String label, String group, Set<String> awards, Boolean collective) {

        boolean matches(CommendationStatistics.Group g) {
            return awards.contains(g.awardCode())
                    && (collective == null || collective == (g.recipientType() != RecipientType.PERSON));
        }
    }

    /** The four award columns of 0603, in the circular's order (Bằng khen, CSTĐ cấp tỉnh, Cờ thi đua, Huy hiệu). */
    public static final List<String> FORM_0603 = List.of("BANG_KHEN_TINH", "CSTD_TINH", "CO_TD_TINH", "HUY_HIEU_TINH");
    private static final List<String> ORDER_PREFIXES = List.of("HUAN_CHUONG", "HUY_CHUONG");
    private static final List<String> PRIZES = List.of("GIAI_THUONG_HCM", "GIAI_THUONG_NN");
    private static final List<String> HONORARY_PREFIXES = List.of("BA_ME_VNAH", "ANH_HUNG", "NHA_GIAO", "THAY_THUOC",
            "NGHE_SI", "NGHE_NHAN", "DANH_HIEU_VINH_DU");
    private static final List<String> STATE_NAMED = List.of("CO_TD_CP", "BANG_KHEN_TTG", "CSTD_TQ");

    private static final Map<String, String> CATEGORY_ROWS = Map.of("LEADER_PROVINCE", "leaderProvince",
            "LEADER_DEPARTMENT", "leaderDepartment", "BUSINESS", "business", "OTHER_LEADER", "otherLeader",
            "DIRECT_WORKER", "directWorker");

    private static final List<Line> ROWS_0603 = commendationRows("0603");
    private static final List<Line> ROWS_0602 = commendationRows("0602");

    private StatutoryForms() {
    }

    /**
     * The rows of 0603 (codes 01–17) and of 0602, which puts the body that submitted to the Prime Minister first
     * (a province's own proposals are all under the provinces' row; ministries and sectors submit none of ours)
     * and numbers its subject and type rows from 06, as the circular's layout does.
     */
    private static List<Line> commendationRows(String form) {
        boolean state = "0602".equals(form);
        int[] code = {1};
        java.util.function.Supplier<String> next = () -> String.format("%02d", code[0]++);
        List<Line> rows = new ArrayList<>();
        rows.add(new Line(TOTAL, next.get(), "", false, null, null, null, null));
        if (state) {
            rows.add(new Line("bySubmitter", "", "", true, null, null, null, null));
            rows.add(new Line("submitter.SECTOR", next.get(), "unit.sector", false, null, null, null, null, true));
            rows.add(new Line("submitter.PROVINCE", next.get(), "unit.province", false, null, null, null, null));
            code[0] = 6;
        }
        rows.add(new Line("bySubject", "", "", true, null, null, null, null));
        rows.add(new Line("collective", next.get(), "unit.collective", false, RecipientType.UNIT, null, null, null));
        rows.add(new Line("enterprise", next.get(), "unit.enterprise", false, RecipientType.UNIT, "ENTERPRISE", null, null));
        rows.add(new Line("household", next.get(), "unit.household", false, RecipientType.HOUSEHOLD, null, null, null));
        rows.add(new Line("individual", next.get(), "unit.person", false, RecipientType.PERSON, null, null, null));
        for (String category : List.of("LEADER_PROVINCE", "LEADER_DEPARTMENT", "BUSINESS", "OTHER_LEADER", "DIRECT_WORKER")) {
            rows.add(new Line(CATEGORY_ROWS.get(category), next.get(), "unit.person", false, RecipientType.PERSON, null,
                    category, null));
        }
        rows.add(new Line("byType", "", "", true, null, null, null, null));
        for (CommendationType type : CommendationType.values()) {
            rows.add(new Line(type.name(), next.get(), "", false, null, null, null, type));
        }
        return rows;
    }

    public static String label(String key) {
        return LABELS.containsKey(key) ? LABELS.getString(key) : key;
    }

    /**
     * The awards a form counts: the State-level ones of the catalogue for 0602; for 0603 the four its columns name,
     * in its order (provincial titles the form has no column for, such as TTLĐXS, are not in it).
     */
    public static List<AwardSummary> awardsOf(String form, List<AwardSummary> catalogue) {
        if ("0602".equals(form)) {
            return catalogue.stream().filter(a -> a.level().name().equals("STATE")).toList();
        }
        return FORM_0603.stream().flatMap(code -> catalogue.stream().filter(a -> a.code().equals(code))).toList();
    }

    private static boolean startsWithAny(String code, List<String> prefixes) {
        return prefixes.stream().anyMatch(code::startsWith);
    }

    /** The award columns of a form, the total first; every award of the form is in exactly one of them. */
    private static List<Cell> cells(String form, List<AwardSummary> awards) {
        List<Cell> cells = new ArrayList<>();
        Set<String> all = new java.util.LinkedHashSet<>();
        awards.forEach(a -> all.add(a.code()));
        cells.add(new Cell(TOTAL, label("column.total"), null, all, null));
        if (!"0602".equals(form)) {
            awards.forEach(a -> cells.add(new Cell(a.code(), label("col0603." + a.code()), label("group.awards"),
                    Set.of(a.code()), null)));
            return cells;
        }
        Set<String> named = new java.util.HashSet<>();
        for (AwardSummary a : awards) {
            if (startsWithAny(a.code(), ORDER_PREFIXES)) {
                split(cells, a.code(), a.name(), label("group.orders"));
                named.add(a.code());
            }
        }
        for (String prize : PRIZES) {
            cells.add(new Cell(prize, label("col0602." + prize), label("group.prizes"), Set.of(prize), null));
            named.add(prize);
        }
        for (AwardSummary a : awards) {
            if (startsWithAny(a.code(), HONORARY_PREFIXES)) {
                split(cells, a.code(), a.name(), label("group.honorary"));
                named.add(a.code());
            }
        }
        cells.add(new Cell("CO_TD_CP", label("col0602.CO_TD_CP"), null, Set.of("CO_TD_CP"), null));
        split(cells, "BANG_KHEN_TTG", label("col0602.BANG_KHEN_TTG"), null);
        cells.add(new Cell("CSTD_TQ", label("col0602.CSTD_TQ"), null, Set.of("CSTD_TQ"), null));
        named.addAll(STATE_NAMED);
        Set<String> other = new java.util.LinkedHashSet<>(all);
        other.removeAll(named);
        cells.add(new Cell("other.collective", label("col0602.other") + " — " + label("side.collective"),
                label("group.other"), other, true));
        cells.add(new Cell("other.individual", label("col0602.other") + " — " + label("side.individual"),
                label("group.other"), other, false));
        return cells;
    }

    private static void split(List<Cell> cells, String code, String name, String group) {
        cells.add(new Cell(code + ".collective", name + " — " + label("side.collective"), group, Set.of(code), true));
        cells.add(new Cell(code + ".individual", name + " — " + label("side.individual"), group, Set.of(code), false));
    }

    public static Report commendationReport(String form, int year, String scope, String scopeName, LocalDate from,
                                            LocalDate to, List<AwardSummary> awards,
                                            List<CommendationStatistics.Group> groups) {
        List<Cell> cells = cells(form, awards);
        List<Report.Column> columns = cells.stream().map(c -> new Report.Column(c.key(), c.label(), c.group())).toList();
        List<Report.Row> rows = new ArrayList<>();
        for (Line line : "0602".equals(form) ? ROWS_0602 : ROWS_0603) {
            Map<String, Long> values = new LinkedHashMap<>();
            if (!line.section()) {
                for (Cell cell : cells) {
                    values.put(cell.key(), groups.stream().filter(g -> cell.matches(g) && line.matches(g))
                            .mapToLong(CommendationStatistics.Group::count).sum());
                }
            }
            String own = "row" + form + "." + line.key();
            rows.add(new Report.Row(line.key(), label(LABELS.containsKey(own) ? own : "row." + line.key()),
                    line.code(), line.unit().isEmpty() ? "" : label(line.unit()), line.section(), values));
        }
        return new Report(form, year, scope, scopeName, from, to, columns, rows);
    }

    /** The filter of the records behind a cell of 0602/0603. */
    public static CommendationStatistics.Filter filterOf(String form, String rowKey, String columnKey,
                                                         List<AwardSummary> awards, LocalDate from, LocalDate to,
                                                         String unitCode) {
        Line line = ("0602".equals(form) ? ROWS_0602 : ROWS_0603).stream()
                .filter(l -> l.key().equals(rowKey) && !l.section()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("row " + rowKey));
        Cell cell = cells(form, awards).stream().filter(c -> c.key().equals(columnKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("column " + columnKey));
        // A cell that counts nothing (no award in it, or a row no record of ours lies in) lists nothing either.
        Set<String> codes = line.none() || cell.awards().isEmpty() ? Set.of("") : cell.awards();
        return new CommendationStatistics.Filter(from, to, null, null, codes, unitCode, line.recipientType(),
                line.unitKind(), line.positionCategory(), line.type(), null, null, cell.collective());
    }

    // Form 0601: movements by scope, duration and method (rows) and by launching level (columns), as the circular.

    private static final List<String> SCOPES = List.of("NATIONAL", "SECTOR_OR_LOCAL", "CLUSTER", "AGENCY");
    private static final List<String> DURATIONS = List.of("LT1", "Y1", "Y1_3", "Y3_5", "GE5");
    private static final List<String> METHODS = List.of("THEMATIC", "REGULAR");
    private static final List<String> LEVELS = List.of("CENTRAL", "SECTOR_OR_PROVINCE", "AGENCY");

    /** The circular's scope of a movement: the province's own reach is that of "ministries, sectors, localities". */
    private static String scopeOf(Movements.MovementSummary m) {
        return switch (m.scope()) {
            case PROVINCE -> "scope.SECTOR_OR_LOCAL";
            case CLUSTER -> "scope.CLUSTER";
            case AGENCY -> "scope.AGENCY";
        };
    }

    /** The launching level: the province under (3); its departments, agencies and units under (4). */
    private static String levelOf(Movements.MovementSummary m) {
        return m.level() == vn.thidua.campaigns.MovementLevel.PROVINCE ? "level.SECTOR_OR_PROVINCE" : "level.AGENCY";
    }

    public static Report movementReport(int year, String scope, String scopeName, LocalDate from, LocalDate to,
                                        List<Movements.MovementSummary> movements) {
        List<Report.Column> columns = new ArrayList<>();
        columns.add(new Report.Column(TOTAL, label("column.total0601"), null));
        LEVELS.forEach(l -> columns.add(new Report.Column("level." + l, label("level." + l), label("group.level"))));
        List<Report.Row> rows = new ArrayList<>();
        rows.add(row(TOTAL, "01", columns, movements));
        int code = 2;
        rows.add(section("byScope"));
        for (String s : SCOPES) {
            rows.add(row("scope." + s, String.format("%02d", code++), columns, movements));
        }
        rows.add(section("byDuration"));
        for (String d : DURATIONS) {
            rows.add(row("duration." + d, String.format("%02d", code++), columns, movements));
        }
        rows.add(section("byMethod"));
        for (String m : METHODS) {
            rows.add(row("method." + m, String.format("%02d", code++), columns, movements));
        }
        return new Report("0601", year, scope, scopeName, from, to, columns, rows);
    }

    private static Report.Row section(String key) {
        return new Report.Row(key, label("row0601." + key), "", "", true, Map.of());
    }

    private static Report.Row row(String key, String code, List<Report.Column> columns,
                                  List<Movements.MovementSummary> movements) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (Report.Column column : columns) {
            cells.put(column.key(), movements.stream().filter(inCell(key, column.key())).count());
        }
        return new Report.Row(key, label("row0601." + key), code, label("unit.movement"), false, cells);
    }

    /** Which movements a cell of 0601 counts (and lists). */
    public static Predicate<Movements.MovementSummary> inCell(String rowKey, String columnKey) {
        Predicate<Movements.MovementSummary> row;
        if (TOTAL.equals(rowKey)) {
            row = m -> true;
        } else if (rowKey.startsWith("scope.")) {
            row = m -> scopeOf(m).equals(rowKey);
        } else if (rowKey.startsWith("duration.")) {
            row = m -> ("duration." + m.durationBand()).equals(rowKey);
        } else {
            row = m -> ("method." + m.kind().name()).equals(rowKey);
        }
        return TOTAL.equals(columnKey) ? row : row.and(m -> levelOf(m).equals(columnKey));
    }
}
