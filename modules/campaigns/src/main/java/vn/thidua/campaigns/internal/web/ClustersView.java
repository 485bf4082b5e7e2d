package vn.thidua.campaigns.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.campaigns.ClusterKind;
import vn.thidua.campaigns.ClusterService;
import vn.thidua.campaigns.Clusters;
import vn.thidua.campaigns.CriterionKind;
import vn.thidua.platform.web.FacesViolations;
import vn.thidua.platform.ProvinceClock;

/** The clusters and blocs of a year, and the form that sets one up with its covenant's scoring sheet. */
@Named
@ViewScoped
public class ClustersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ClusterService clusters;

    @Getter @Setter private int year = ProvinceClock.today().getYear();
    @Getter private List<Clusters.ClusterSummary> list = List.of();

    @Getter @Setter private String code;
    @Getter @Setter private String name;
    @Getter @Setter private ClusterKind kind = ClusterKind.AREA;
    @Getter @Setter private String headUnitCode;
    @Getter @Setter private String deputyUnitCode;
    @Getter @Setter private String unitCodes;
    @Getter @Setter private Integer flagCount = 1;
    @Getter @Setter private Integer certificateCount = 2;
    @Getter private List<CriterionRow> criteria = new ArrayList<>();

    /** A line of the sheet being set up. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        @Getter @Setter private String name;
        @Getter @Setter private CriterionKind kind = CriterionKind.CRITERION;
        @Getter @Setter private BigDecimal maxPoints;
        @Getter @Setter private BigDecimal weight = BigDecimal.ONE;
    }

    @PostConstruct
    void init() {
        search();
        addCriterion();
    }

    public void search() {
        list = clusters.list(year);
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
    }

    public String create() {
        List<String> members = unitCodes == null ? List.of()
                : Arrays.stream(unitCodes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        List<Clusters.CriterionInput> lines = criteria.stream()
                .filter(c -> c.getName() != null && !c.getName().isBlank() || c.getMaxPoints() != null)
                .map(c -> new Clusters.CriterionInput(c.getName(), c.getKind(), c.getMaxPoints(), c.getWeight())).toList();
        boolean done = FacesViolations.attempt("clusterForm", Set.of("code", "year", "name", "kind", "headUnitCode",
                "deputyUnitCode", "unitCodes", "criteria", "flagCount", "certificateCount"), () -> clusters.create(
                new Clusters.ClusterInput(code, year, name, kind, headUnitCode, blank(deputyUnitCode), members, lines,
                        flagCount, certificateCount)));
        return done ? "/campaigns/cluster?faces-redirect=true&code=" + code + "&year=" + year : null;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ClusterKind[] getKinds() {
        return ClusterKind.values();
    }

    public CriterionKind[] getCriterionKinds() {
        return CriterionKind.values();
    }
}
