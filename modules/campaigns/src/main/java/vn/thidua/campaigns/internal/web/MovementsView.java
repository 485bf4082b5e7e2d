package vn.thidua.campaigns.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.thidua.campaigns.ClusterService;
import vn.thidua.campaigns.Clusters;
import vn.thidua.campaigns.MovementKind;
import vn.thidua.campaigns.MovementLevel;
import vn.thidua.campaigns.MovementScope;
import vn.thidua.campaigns.MovementService;
import vn.thidua.campaigns.Movements;
import vn.thidua.platform.web.FacesViolations;
import vn.thidua.platform.ProvinceClock;

/** The movements of a year and the form that drafts a new one. */
@Named
@ViewScoped
public class MovementsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    private MovementService movements;

    @Inject
    private ClusterService clusters;

    private Integer year = ProvinceClock.today().getYear();
    private List<Movements.MovementSummary> list = List.of();
    private List<Clusters.ClusterSummary> clusterChoices = List.of();

    private String code;
    private String name;
    private String theme;
    private String slogan;
    private MovementKind kind = MovementKind.THEMATIC;
    private MovementLevel level = MovementLevel.PROVINCE;
    private MovementScope scope = MovementScope.PROVINCE;
    private String unitCode;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String unitCodes;
    private List<String> clusterCodes = new ArrayList<>();
    private String targets;
    private String scheme;

    @PostConstruct
    void init() {
        search();
        loadClusters();
    }

    public void search() {
        list = movements.list(year, SHOWN);
    }

    /** The clusters offered are those of the year the movement starts (this year until a start date is chosen). */
    public void loadClusters() {
        clusterChoices = clusters.list(startsOn == null ? ProvinceClock.today().getYear() : startsOn.getYear());
        clusterCodes.retainAll(clusterChoices.stream().map(Clusters.ClusterSummary::code).toList());
    }

    public String create() {
        List<String> units = unitCodes == null ? List.of()
                : Arrays.stream(unitCodes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        boolean done = FacesViolations.attempt("movementForm", Set.of("code", "name", "theme", "slogan", "kind", "level",
                "scope", "unitCode", "startsOn", "endsOn", "unitCodes", "clusterCodes", "targets", "scheme"), () ->
                movements.create(new Movements.MovementInput(code, name, theme, slogan, kind, level, scope, unitCode,
                        startsOn, endsOn, units, List.copyOf(clusterCodes), targets, scheme)));
        return done ? "/campaigns/movement?faces-redirect=true&code=" + code : null;
    }

    public MovementKind[] getKinds() {
        return MovementKind.values();
    }

    public MovementLevel[] getLevels() {
        return MovementLevel.values();
    }

    public MovementScope[] getScopes() {
        return MovementScope.values();
    }

    public List<Movements.MovementSummary> getList() {
        return list;
    }

    public List<Clusters.ClusterSummary> getClusterChoices() {
        return clusterChoices;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getSlogan() {
        return slogan;
    }

    public void setSlogan(String slogan) {
        this.slogan = slogan;
    }

    public MovementKind getKind() {
        return kind;
    }

    public void setKind(MovementKind kind) {
        this.kind = kind;
    }

    public MovementLevel getLevel() {
        return level;
    }

    public void setLevel(MovementLevel level) {
        this.level = level;
    }

    public MovementScope getScope() {
        return scope;
    }

    public void setScope(MovementScope scope) {
        this.scope = scope;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getUnitCodes() {
        return unitCodes;
    }

    public void setUnitCodes(String unitCodes) {
        this.unitCodes = unitCodes;
    }

    public List<String> getClusterCodes() {
        return clusterCodes;
    }

    public void setClusterCodes(List<String> clusterCodes) {
        this.clusterCodes = clusterCodes == null ? new ArrayList<>() : new ArrayList<>(clusterCodes);
    }

    public String getTargets() {
        return targets;
    }

    public void setTargets(String targets) {
        this.targets = targets;
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }
}
