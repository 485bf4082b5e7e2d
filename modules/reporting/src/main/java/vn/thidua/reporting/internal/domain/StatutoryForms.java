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
                        String unitKind, String positionCategory, CommendationType type) {

        boolean matches(CommendationStatistics.Group g) {
            return (recipientType == null || recipientType == g.recipientType())
                    && (unitKind == null || unitKind.equals(g.unitKind()))
                    && (positionCategory == null || positionCategory.equals(g.positionCategory()))
                    && (type == null || type == g.type());
        }
    }

    private static final List<Line> COMMENDATION_ROWS = commendationRows();

    private StatutoryForms() {
    }

    private static List<Line> commendationRows() {
        List<Line> rows = new ArrayList<>();
        rows.add(new Line(TOTAL, "01", "", false, null, null, null, null));
        rows.add(new Line("bySubject", "", "", true, null, null, null, null));
        rows.add(new Line("collective", "02", "unit.collective", false, RecipientType.UNIT, null, null, null));
        rows.add(new Line("enterprise", "03", "unit.enterprise", false, RecipientType.UNIT, "ENTERPRISE", null, null));
        rows.add(new Line("household", "04", "unit.household", false, RecipientType.HOUSEHOLD, null, null, null));
        rows.add(new Line("individual", "05", "unit.person", false, RecipientType.PERSON, null, null, null));
        rows.add(new Line("leaderProvince", "06", "unit.person", false, RecipientType.PERSON, null, "LEADER_PROVINCE", null));
        rows.add(new Line("leaderDepartment", "07", "unit.person", false, RecipientType.PERSON, null, "LEADER_DEPARTMENT", null));
        rows.add(new Line("business", "08", "unit.person", false, RecipientType.PERSON, null, "BUSINESS", null));
        rows.add(new Line("otherLeader", "09", "unit.person", false, RecipientType.PERSON, null, "OTHER_LEADER", null));
        rows.add(new Line("directWorker", "10", "unit.person", false, RecipientType.PERSON, null, "DIRECT_WORKER", null));
        rows.add(new Line("byType", "", "", true, null, null, null, null));
        int code = 11;
        for (CommendationType type : CommendationType.values()) {
            rows.add(new Line(type.name(), String.format("%02d", code++), "", false, null, null, null, type));
        }
        return rows;
    }

    public static String label(String key) {
        return LABELS.containsKey(key) ? LABELS.getString(key) : key;
    }

    /** The awards a form counts: State-level ones for 0602, provincial ones for 0603, in the catalogue's order. */
    public static List<AwardSummary> awardsOf(String form, List<AwardSummary> catalogue) {
        String level = "0602".equals(form) ? "STATE" : "PROVINCE";
        return catalogue.stream().filter(a -> a.level().name().equals(level)).toList();
    }

    public static Report commendationReport(String form, int year, String scope, String scopeName, LocalDate from,
                                            LocalDate to, List<AwardSummary> awards,
                                            List<CommendationStatistics.Group> groups) {
        List<Report.Column> columns = new ArrayList<>();
        columns.add(new Report.Column(TOTAL, label("column.total"), null));
        awards.forEach(a -> columns.add(new Report.Column(a.code(), a.name(), label("group.awards"))));
        List<Report.Row> rows = new ArrayList<>();
        for (Line line : COMMENDATION_ROWS) {
            Map<String, Long> cells = new LinkedHashMap<>();
            if (!line.section()) {
                long total = 0;
                for (AwardSummary award : awards) {
                    long count = groups.stream().filter(g -> g.awardCode().equals(award.code()) && line.matches(g))
                            .mapToLong(CommendationStatistics.Group::count).sum();
                    cells.put(award.code(), count);
                    total += count;
                }
                cells.put(TOTAL, total);
            }
            rows.add(new Report.Row(line.key(), label("row." + line.key()), line.code(),
                    line.unit().isEmpty() ? "" : label(line.unit()), line.section(), cells));
        }
        return new Report(form, year, scope, scopeName, from, to, columns, rows);
    }

    /** The filter of the records behind a cell of 0602/0603. */
    public static CommendationStatistics.Filter filterOf(String rowKey, String columnKey, List<AwardSummary> awards,
                                                         LocalDate from, LocalDate to, String unitCode) {
        Line line = COMMENDATION_ROWS.stream().filter(l -> l.key().equals(rowKey) && !l.section()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("row " + rowKey));
        Set<String> codes = TOTAL.equals(columnKey) ? Set.copyOf(awards.stream().map(AwardSummary::code).toList())
                : Set.of(columnKey);
        return new CommendationStatistics.Filter(from, to, null, null, codes, unitCode, line.recipientType(),
                line.unitKind(), line.positionCategory(), line.type(), null, null);
    }

    // Form 0601: movements by launching level (rows) and by scope, duration and method (columns).

    private static final List<String> LEVELS = List.of("PROVINCE", "DEPARTMENT", "UNIT");
    private static final List<String> SCOPES = List.of("PROVINCE", "CLUSTER", "AGENCY");
    private static final List<String> DURATIONS = List.of("LT1", "Y1", "Y1_3", "Y3_5", "GE5");
    private static final List<String> METHODS = List.of("THEMATIC", "REGULAR");

    public static Report movementReport(int year, String scope, String scopeName, LocalDate from, LocalDate to,
                                        List<Movements.MovementSummary> movements) {
        List<Report.Column> columns = new ArrayList<>();
        columns.add(new Report.Column(TOTAL, label("column.total"), null));
        SCOPES.forEach(s -> columns.add(new Report.Column("scope." + s, label("scope." + s), label("group.scope"))));
        DURATIONS.forEach(d -> columns.add(new Report.Column("duration." + d, label("duration." + d), label("group.duration"))));
        METHODS.forEach(m -> columns.add(new Report.Column("method." + m, label("method." + m), label("group.method"))));
        List<Report.Row> rows = new ArrayList<>();
        rows.add(row(TOTAL, "01", columns, movements));
        int code = 2;
        for (String level : LEVELS) {
            rows.add(row("level." + level, String.format("%02d", code++), columns,
                    movements.stream().filter(m -> m.level().name().equals(level)).toList()));
        }
        return new Report("0601", year, scope, scopeName, from, to, columns, rows);
    }

    private static Report.Row row(String key, String code, List<Report.Column> columns,
                                  List<Movements.MovementSummary> movements) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (Report.Column column : columns) {
            cells.put(column.key(), movements.stream().filter(inColumn(column.key())).count());
        }
        return new Report.Row(key, label("row." + key), code, label("unit.movement"), false, cells);
    }

    /** Which movements a cell of 0601 counts (and lists). */
    public static Predicate<Movements.MovementSummary> inCell(String rowKey, String columnKey) {
        Predicate<Movements.MovementSummary> row = TOTAL.equals(rowKey) ? m -> true
                : m -> ("level." + m.level().name()).equals(rowKey);
        return row.and(inColumn(columnKey));
    }

    private static Predicate<Movements.MovementSummary> inColumn(String key) {
        if (TOTAL.equals(key)) {
            return m -> true;
        }
        if (key.startsWith("scope.")) {
            return m -> ("scope." + m.scope().name()).equals(key);
        }
        if (key.startsWith("duration.")) {
            return m -> ("duration." + m.durationBand()).equals(key);
        }
        return m -> ("method." + m.kind().name()).equals(key);
    }
}
