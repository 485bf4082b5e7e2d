package vn.thidua.reporting.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.platform.web.ScriptJson;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.Catalogue;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.web.FacesViolations;

/**
 * The leaders' and specialists' dashboard: nominations by state and age, decisions and commendations of the year, by
 * award and over five years, and the shares the province watches (direct workers among individuals, grassroots
 * collectives among collectives), for a year and a unit subtree. Every figure is counted in the database.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Collectives at the grassroots: communes, villages, schools, enterprises (the kinds recorded with each award). */
    static final Set<String> GRASSROOTS = Set.of("COMMUNE", "VILLAGE", "SCHOOL", "ENTERPRISE");
    private static final String[] PALETTE = {"#b71c1c", "#f9a825", "#1565c0", "#2e7d32", "#6a1b9a", "#00838f", "#ef6c00",
        "#5d4037", "#546e7a", "#c2185b", "#7cb342"};

    @Inject private CommendationStatistics statistics;
    @Inject private NominationService nominations;
    @Inject private vn.thidua.reporting.internal.application.DashboardFigures dashboardFigures;
    @Inject private Catalogue catalogue;
    @Inject private vn.thidua.organisation.UnitService units;

    @Getter @Setter private Integer year;

    /** The year the annual titles are being considered for: where the year field starts. */
    @Inject vn.thidua.commendation.AnnualCycle cycle;

    @jakarta.annotation.PostConstruct
    void startOnTheConsideredYear() {
        year = cycle.consideredYear();
    }
    @Getter @Setter private String unitCode;

    @Getter private long commended;
    @Getter private long decisions;
    @Getter private long individuals;
    @Getter private long directWorkers;
    @Getter private long collectives;
    @Getter private long grassroots;
    @Getter private List<Nominations.StateAge> states = List.of();
    private Map<String, Long> byAward = new LinkedHashMap<>();
    private Map<Integer, Long> byYear = new LinkedHashMap<>();
    private Map<String, Long> byUnit = new LinkedHashMap<>();
    @Getter private boolean loaded;
    private String countedAt;

    /** When the decided figures shown were counted (they are shared for a minute). */
    public String getCountedAt() {
        return countedAt;
    }

    public void load() {
        loaded = FacesViolations.attempt("filter", Set.of("year", "unitCode"), this::compute);
    }

    private void compute() {
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        vn.thidua.reporting.internal.application.DashboardFigures.Figures figures = dashboardFigures.of(unit, year);
        List<CommendationStatistics.Group> groups = figures.groups();
        countedAt = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
                .format(figures.countedAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        commended = sum(groups, g -> true);
        individuals = sum(groups, g -> g.recipientType() == RecipientType.PERSON);
        directWorkers = sum(groups, g -> g.recipientType() == RecipientType.PERSON && "DIRECT_WORKER".equals(g.positionCategory()));
        collectives = sum(groups, g -> g.recipientType() == RecipientType.UNIT);
        grassroots = sum(groups, g -> g.recipientType() == RecipientType.UNIT && GRASSROOTS.contains(g.unitKind()));
        decisions = figures.decisions();
        Map<String, String> names = new LinkedHashMap<>();
        for (AwardSummary award : catalogue.awards()) {
            names.put(award.code(), award.name());
        }
        byAward = new LinkedHashMap<>();
        groups.stream().collect(java.util.stream.Collectors.groupingBy(CommendationStatistics.Group::awardCode,
                        java.util.stream.Collectors.summingLong(CommendationStatistics.Group::count)))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> byAward.put(names.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        // By year (the last five) and by the direct subunits of the scope: one grouped read of the five years.
        List<CommendationStatistics.DatedCount> dated = figures.fiveYears();
        byYear = new LinkedHashMap<>();
        for (int y = year - 4; y <= year; y++) {
            byYear.put(y, 0L);
        }
        dated.forEach(d -> byYear.merge(d.decisionDate().getYear(), d.count(), Long::sum));
        states = nominations.ages(unit);
        String parent = unit != null ? unit : units.topNodes().stream().findFirst().map(vn.thidua.organisation.UnitNode::code)
                .orElse(null);
        Map<String, Long> counts = new LinkedHashMap<>();
        if (parent != null) {
            List<vn.thidua.organisation.UnitNode> children = units.children(parent);
            for (CommendationStatistics.DatedCount d : dated) {
                if (d.decisionDate().getYear() != year) {
                    continue;
                }
                children.stream().filter(child -> d.unitPath().startsWith(child.path())).findFirst()
                        .ifPresent(child -> counts.merge(child.name(), d.count(), Long::sum));
            }
        }
        byUnit = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> byUnit.put(e.getKey(), e.getValue()));
    }

    /** Whether a chart has anything to draw (an empty one says so in words instead of drawing bare axes). */
    public boolean isAwardChartEmpty() {
        return byAward.values().stream().allMatch(n -> n == 0);
    }

    public boolean isTrendChartEmpty() {
        return byYear.values().stream().allMatch(n -> n == 0);
    }

    public boolean isUnitChartEmpty() {
        return byUnit.values().stream().allMatch(n -> n == 0);
    }

    public boolean isStateChartEmpty() {
        return states.stream().allMatch(s -> s.recent() + s.month() + s.older() == 0);
    }

    /** Chart.js configuration: commendations of the year by the scope's direct subunits. */
    public String getUnitChart() {
        return bar(new ArrayList<>(byUnit.keySet()), new ArrayList<>(byUnit.values()), "Khen thưởng", true);
    }

    private static long sum(List<CommendationStatistics.Group> groups,
                            java.util.function.Predicate<CommendationStatistics.Group> which) {
        return groups.stream().filter(which).mapToLong(CommendationStatistics.Group::count).sum();
    }

    /** The share as a percentage with one decimal, "—" when there is nothing to share. */
    public static String share(long part, long whole) {
        return whole == 0 ? "—" : String.format(java.util.Locale.forLanguageTag("vi"), "%.1f%%", 100.0 * part / whole);
    }

    public String getDirectWorkerShare() {
        return share(directWorkers, individuals);
    }

    public String getGrassrootsShare() {
        return share(grassroots, collectives);
    }

    /** Chart.js configuration: commendations of the year by award. */
    public String getAwardChart() {
        return bar(new ArrayList<>(byAward.keySet()), new ArrayList<>(byAward.values()), "Khen thưởng", true);
    }

    /** Chart.js configuration: commendations over the five years to the chosen one. */
    public String getTrendChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        byYear.forEach((y, n) -> {
            labels.add(Integer.toString(y));
            data.add(n);
        });
        return ScriptJson.inert(Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Khen thưởng").add("data", data)
                                .add("borderColor", PALETTE[0]).add("backgroundColor", PALETTE[1]).add("tension", 0.2))))
                .add("options", options(false)).build().toString());
    }

    /** Chart.js configuration: nominations by state, stacked by age. */
    public String getStateChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder recent = Json.createArrayBuilder();
        JsonArrayBuilder month = Json.createArrayBuilder();
        JsonArrayBuilder older = Json.createArrayBuilder();
        for (Nominations.StateAge s : states) {
            labels.add(stateLabel(s.state().name()));
            recent.add(s.recent());
            month.add(s.month());
            older.add(s.older());
        }
        JsonObjectBuilder options = options(true);
        return ScriptJson.inert(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(dataset("≤ 7 ngày", recent, PALETTE[3])).add(dataset("8–30 ngày", month, PALETTE[1]))
                        .add(dataset("> 30 ngày", older, PALETTE[0]))))
                .add("options", options).build().toString());
    }

    private static String stateLabel(String state) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("vn.thidua.commendation.i18n.messages",
                java.util.Locale.forLanguageTag("vi"), DashboardView.class.getClassLoader());
        return bundle.containsKey("state." + state) ? bundle.getString("state." + state) : state;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static String bar(List<String> labels, List<Long> values, String label, boolean horizontal) {
        JsonArrayBuilder l = Json.createArrayBuilder();
        JsonArrayBuilder d = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            l.add(labels.get(i));
            d.add(values.get(i));
            colours.add(PALETTE[i % PALETTE.length]);
        }
        JsonObjectBuilder options = options(false);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return ScriptJson.inert(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", l).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", label).add("data", d).add("backgroundColor", colours))))
                .add("options", options).build().toString());
    }

    private static JsonObjectBuilder options(boolean stacked) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false);
        if (stacked) {
            options.add("scales", Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder().add("stacked", true))
                    .add("y", Json.createObjectBuilder().add("stacked", true)));
        }
        return options;
    }

    public long getOpenNominations() {
        return states.stream().filter(s -> !s.state().isFinal()).mapToLong(Nominations.StateAge::total).sum();
    }
}
