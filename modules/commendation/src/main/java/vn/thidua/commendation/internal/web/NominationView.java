package vn.thidua.commendation.internal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.Catalogue;
import vn.thidua.commendation.NominationAction;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/**
 * One nomination batch: its nominees with their verdicts, the dossier, the workflow actions the caller may take,
 * appraisal, ballots and the signature. The view keeps the batch as last read and reloads it after each action.
 */
@Named
@ViewScoped
public class NominationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private NominationService nominations;
    @Inject private vn.thidua.commendation.PublicPostings postingsService;
    @Inject private Catalogue catalogue;

    @Getter @Setter private Long id;
    @Getter private Nominations.BatchDetails batch;
    private List<AwardSummary> awards = List.of();
    // Add a nominee
    @Getter @Setter private RecipientType recipientType = RecipientType.PERSON;
    @Getter @Setter private String recipientCode;
    @Getter @Setter private String awardCode;
    // Actions, overrides, appraisal and ballots
    @Getter @Setter private String comment;
    @Getter private Long selected;
    @Getter @Setter private String reason;

    public void load() {
        if (id == null) {
            return;
        }
        FacesViolations.attempt("batchHeader", Set.of(), () -> {
            batch = nominations.find(id);
            awards = catalogue.awards();
        });
    }

    void reload() {
        batch = nominations.find(id);
    }

    public void act(NominationAction action) {
        if (FacesViolations.attempt("actionsForm", Set.of("comment"), () -> nominations.act(id, batch.batch().version(),
                action, comment))) {
            comment = null;
            reload();
            FacesMessages.info(null, "cmdmsg", "nomination.moved", stateName(batch.batch().state().name()));
        }
    }

    public void addNominee() {
        if (FacesViolations.attempt("nomineeForm", Set.of("recipientCode", "awardCode"), () -> nominations.addNominee(id,
                recipientType, recipientCode == null ? null : recipientCode.strip(), awardCode))) {
            recipientCode = null;
            reload();
            FacesMessages.info(null, "cmdmsg", "nomination.added");
        }
    }

    public void withdraw(long nomineeId) {
        if (FacesViolations.attempt("nomineesForm", Set.of(), () -> nominations.withdrawNominee(nomineeId))) {
            reload();
        }
    }

    public void select(long nomineeId) {
        selected = nomineeId;
        reason = null;
    }

    public void override() {
        if (FacesViolations.attempt("overrideForm", Set.of("reason"), () -> nominations.override(selected, reason))) {
            reload();
            FacesMessages.info(null, "cmdmsg", "nomination.overrideSaved");
        }
    }

    public void requestPermission() {
        if (FacesViolations.attempt("permissionForm", Set.of("reason"), () -> nominations.requestPermission(selected,
                reason))) {
            reload();
            FacesMessages.info(null, "cmdmsg", "permission.sent");
        }
    }

    private final java.util.HashMap<String, String> ruleSetNames = new java.util.HashMap<>();

    @Inject private vn.thidua.commendation.RuleSetService ruleSets;

    /** A rule-set version in words ("Luật TĐKT 2022 và Nghị định 152/2025/NĐ-CP"), not its code. */
    public String ruleSetName(String code) {
        if (code == null) {
            return "";
        }
        return ruleSetNames.computeIfAbsent(code, c -> ruleSets.describe(c).map(v -> v.name()).orElse(c));
    }

    public void appraise(boolean pass) {
        if (FacesViolations.attempt("appraiseForm", Set.of("reason"), () -> nominations.appraise(selected, pass, reason))) {
            reload();
            FacesMessages.info(null, "cmdmsg", pass ? "nomination.appraisedPass" : "nomination.appraisedFail");
        }
    }

    private final java.util.HashMap<Long, String> answers = new java.util.HashMap<>();

    public void answer(long opinionId) {
        if (FacesViolations.attempt("postingForm", Set.of(), () -> postingsService.answer(opinionId, answers.get(opinionId)))) {
            answers.remove(opinionId);
            reload();
        }
    }

    /** The answer being written to each opinion (by opinion id). */
    public java.util.Map<Long, String> getAnswers() {
        return answers;
    }

    private static String stateName(String state) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return java.util.ResourceBundle.getBundle("vn.thidua.commendation.i18n.messages",
                faces.getViewRoot().getLocale(), NominationView.class.getClassLoader()).getString("state." + state);
    }

    /** The awards of the batch's level for the chosen kind of recipient. */
    public List<AwardSummary> getAwards() {
        if (batch == null) {
            return List.of();
        }
        return awards.stream().filter(a -> a.isFor(recipientType) && a.level() == batch.batch().level()).toList();
    }

    public List<NominationAction> getActions() {
        return batch == null ? List.of() : batch.actions().stream().filter(a -> a != NominationAction.SIGN).toList();
    }

    /** True for State-level proposals, whose "signature" records the central decision. */
    public boolean isCentral() {
        return batch != null && batch.batch().level() == vn.thidua.commendation.AwardLevel.STATE;
    }

    public boolean isMaySign() {
        return batch != null && batch.actions().contains(NominationAction.SIGN);
    }

    public Nominations.NomineeDetails getSelectedNominee() {
        return batch == null || selected == null ? null
                : batch.nominees().stream().filter(n -> n.id() == selected).findFirst().orElse(null);
    }

    public List<Nominations.NomineeDetails> getActiveNominees() {
        return batch == null ? List.of() : batch.nominees().stream().filter(n -> !n.withdrawn()).toList();
    }

    public RecipientType[] getRecipientTypes() {
        return RecipientType.values();
    }
}
