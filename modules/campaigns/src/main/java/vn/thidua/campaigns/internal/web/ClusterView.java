package vn.thidua.campaigns.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.campaigns.ClusterService;
import vn.thidua.campaigns.Clusters;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/**
 * A cluster's page ({@code ?code=&year=}): the sheet of every member, the scoring form of the caller's own unit, the
 * head's confirmation form, and the ranking with its tie rule; the head publishes it.
 */
@Named
@ViewScoped
public class ClusterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ClusterService clusters;

    @Getter @Setter private String code;
    @Getter @Setter private Integer year;
    @Getter private Clusters.ClusterDetails cluster;

    @Getter @Setter private String scoringUnit;
    private final HashMap<Long, BigDecimal> points = new HashMap<>();
    private final HashMap<Long, String> evidence = new HashMap<>();
    @Getter @Setter private String confirmingUnit;
    private final HashMap<Long, BigDecimal> confirmed = new HashMap<>();
    private final HashMap<Long, String> reasons = new HashMap<>();

    public void load() {
        if (code == null || year == null) {
            return;
        }
        if (!FacesViolations.attempt("scoreForm", Set.of(), () -> cluster = clusters.find(code, year))) {
            cluster = null;
            return;
        }
        List<Clusters.MemberDetails> scorable = getScorable();
        if (scoringUnit == null || scorable.stream().noneMatch(m -> m.unitCode().equals(scoringUnit))) {
            scoringUnit = scorable.isEmpty() ? null : scorable.get(0).unitCode();
        }
        fillScoring();
        List<Clusters.MemberDetails> confirmable = getConfirmable();
        if (confirmingUnit == null || confirmable.stream().noneMatch(m -> m.unitCode().equals(confirmingUnit))) {
            confirmingUnit = confirmable.isEmpty() ? null : confirmable.get(0).unitCode();
        }
        fillConfirming();
    }

    public void fillScoring() {
        points.clear();
        evidence.clear();
        member(scoringUnit).ifPresent(m -> m.scores().forEach((id, s) -> {
            points.put(id, s.selfPoints());
            evidence.put(id, s.evidence());
        }));
    }

    public void fillConfirming() {
        confirmed.clear();
        reasons.clear();
        member(confirmingUnit).ifPresent(m -> m.scores().forEach((id, s) -> confirmed.put(id, s.selfPoints())));
    }

    private java.util.Optional<Clusters.MemberDetails> member(String unitCode) {
        return cluster == null || unitCode == null ? java.util.Optional.empty()
                : cluster.members().stream().filter(m -> m.unitCode().equals(unitCode)).findFirst();
    }

    public void saveScores(boolean submit) {
        List<Clusters.Points> entered = new ArrayList<>();
        for (Clusters.CriterionDetails c : cluster.criteria()) {
            if (points.get(c.id()) != null) {
                entered.add(new Clusters.Points(c.id(), points.get(c.id()), evidence.get(c.id())));
            }
        }
        if (FacesViolations.attempt("scoreForm", fields(), () -> clusters.score(code, year, scoringUnit, entered, submit))) {
            FacesMessages.info(null, "cmpmsg", submit ? "cluster.submitted" : "cluster.saved");
            load();
        }
    }

    public void confirm() {
        List<Clusters.Points> adjustments = new ArrayList<>();
        Clusters.MemberDetails member = member(confirmingUnit).orElse(null);
        for (Clusters.CriterionDetails c : cluster.criteria()) {
            BigDecimal value = confirmed.get(c.id());
            Clusters.ScoreDetails own = member == null ? null : member.scores().get(c.id());
            BigDecimal self = own == null ? BigDecimal.ZERO : own.selfPoints();
            if (value != null && value.compareTo(self) != 0) {
                adjustments.add(new Clusters.Points(c.id(), value, reasons.get(c.id())));
            }
        }
        if (FacesViolations.attempt("confirmForm", fields(), () -> clusters.confirm(code, year, confirmingUnit, adjustments))) {
            FacesMessages.info(null, "cmpmsg", "cluster.confirmed");
            load();
        }
    }

    public void publish() {
        if (FacesViolations.attempt("rankingForm", Set.of("ranking"), () -> clusters.publish(code, year, cluster.version()))) {
            FacesMessages.info(null, "cmpmsg", "cluster.publishedNow");
        }
        load();
    }

    private Set<String> fields() {
        Set<String> fields = new java.util.HashSet<>();
        for (Clusters.CriterionDetails c : cluster.criteria()) {
            fields.add("points-" + c.position());
            fields.add("evidence-" + c.position());
            fields.add("reason-" + c.position());
        }
        return fields;
    }

    public List<Clusters.MemberDetails> getScorable() {
        return cluster == null ? List.of() : cluster.members().stream().filter(Clusters.MemberDetails::mayScore).toList();
    }

    public List<Clusters.MemberDetails> getConfirmable() {
        return cluster == null ? List.of() : cluster.members().stream().filter(Clusters.MemberDetails::mayConfirm).toList();
    }

    public Clusters.MemberDetails getConfirmingMember() {
        return member(confirmingUnit).orElse(null);
    }

    /** The points shown in the sheet of every member: the confirmed ones, else the unit's own; "—" when none. */
    public String shown(Clusters.MemberDetails member, long criterionId) {
        Clusters.ScoreDetails score = member.scores().get(criterionId);
        if (score == null) {
            return "—";
        }
        return score.adjusted() ? score.confirmedPoints().stripTrailingZeros().toPlainString() + " ("
                + score.selfPoints().stripTrailingZeros().toPlainString() + ")"
                : score.points().stripTrailingZeros().toPlainString();
    }

    public boolean isAllConfirmed() {
        return cluster != null && cluster.members().stream()
                .allMatch(m -> m.state() == vn.thidua.campaigns.SheetState.CONFIRMED);
    }

    public Map<Long, BigDecimal> getPoints() {
        return points;
    }

    public Map<Long, String> getEvidence() {
        return evidence;
    }

    public Map<Long, BigDecimal> getConfirmed() {
        return confirmed;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
