package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.Catalogue;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.EligibilityQuery;
import vn.thidua.commendation.EligibilityService;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.Verdict;
import vn.thidua.platform.Checks;
import vn.thidua.platform.web.FacesViolations;

/** "Kiểm tra điều kiện": pick a person, unit or household, an award and a year; see the verdict rule by rule. */
@Named
@ViewScoped
public class EligibilityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private EligibilityService eligibility;
    @Inject private Catalogue catalogue;

    private List<AwardSummary> awards = List.of();
    @Getter @Setter private RecipientType recipientType = RecipientType.PERSON;
    @Getter @Setter private String recipientCode;
    @Getter @Setter private String awardCode;
    @Getter @Setter private Integer year;
    @Getter @Setter private CommendationType type = CommendationType.THUONG_XUYEN;
    @Getter @Setter private LocalDate referenceDate;
    @Getter private Verdict verdict;

    /** The year the annual titles are being considered for: where the year field starts. */
    @Inject vn.thidua.commendation.AnnualCycle cycle;

    @Inject private vn.thidua.commendation.RuleSetService ruleSets;

    /** The rules the verdict applied, in words: the version's name and period, not its code. */
    public String getRuleSetName() {
        if (verdict == null) {
            return "";
        }
        return ruleSets.describe(verdict.ruleSetVersion()).map(v -> v.name() + " (" + v.period() + ")")
                .orElse(verdict.ruleSetVersion());
    }

    @PostConstruct
    void init() {
        year = cycle.consideredYear();
        awards = catalogue.awards();
    }

    public void check() {
        verdict = null;
        FacesViolations.attempt("eligibilityForm", Set.of("recipientCode", "awardCode", "year", "recipientType"), () -> {
            Checks checks = new Checks();
            checks.code("recipientCode", recipientCode, true);
            checks.code("awardCode", awardCode, true);
            checks.throwIfAny();
            verdict = eligibility.evaluate(new EligibilityQuery(awardCode, recipientType, recipientCode.strip(),
                    year == null ? 0 : year, type, referenceDate));
        });
    }

    /** The awards for the chosen kind of recipient. */
    public List<AwardSummary> getAwards() {
        return awards.stream().filter(a -> a.isFor(recipientType)).toList();
    }

    public RecipientType[] getRecipientTypes() {
        return RecipientType.values();
    }

    public CommendationType[] getTypes() {
        return CommendationType.values();
    }
}
