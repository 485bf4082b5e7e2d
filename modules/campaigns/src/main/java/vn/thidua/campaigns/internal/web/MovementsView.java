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
import lombok.Getter;
import lombok.Setter;
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

    @Inject private MovementService movements;
    @Inject private ClusterService clusters;

    @Getter @Setter private Integer year = ProvinceClock.today().getYear();
    @Getter private List<Movements.MovementSummary> list = List.of();
    @Getter private List<Clusters.ClusterSummary> clusterChoices = List.of();

    @Getter @Setter private String code;
    @Getter @Setter private String name;
    @Getter @Setter private String theme;
    @Getter @Setter private String slogan;
    @Getter @Setter private MovementKind kind = MovementKind.THEMATIC;
    @Getter @Setter private MovementLevel level = MovementLevel.PROVINCE;
    @Getter @Setter private MovementScope scope = MovementScope.PROVINCE;
    @Getter @Setter private String unitCode;
    @Getter @Setter private LocalDate startsOn;
    @Getter @Setter private LocalDate endsOn;
    @Getter @Setter private String unitCodes;
    @Getter private List<String> clusterCodes = new ArrayList<>();
    @Getter @Setter private String targets;
    @Getter @Setter private String scheme;

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

    public void setClusterCodes(List<String> clusterCodes) {
        this.clusterCodes = clusterCodes == null ? new ArrayList<>() : new ArrayList<>(clusterCodes);
    }
}
