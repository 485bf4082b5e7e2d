package vn.thidua.campaigns.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.thidua.campaigns.Initiative;
import vn.thidua.campaigns.InitiativeKind;
import vn.thidua.campaigns.InitiativeScope;
import vn.thidua.campaigns.InitiativeService;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/** The initiatives registry: the latest recognised initiatives, and a form to record one. */
@Named
@ViewScoped
public class InitiativesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    private InitiativeService initiatives;

    private List<Initiative> latest = List.of();
    private String title;
    private InitiativeKind kind = InitiativeKind.INITIATIVE;
    private InitiativeScope scope = InitiativeScope.CO_SO;
    private LocalDate recognisedOn;
    private String decisionNumber;
    private String authorCodes;

    @PostConstruct
    void init() {
        latest = initiatives.latest(SHOWN);
    }

    public void record() {
        boolean done = FacesViolations.attempt("initiativeForm",
                Set.of("title", "scope", "recognisedOn", "decisionNumber", "authorCodes"), () -> initiatives.record(title,
                        kind, authorCodes == null ? List.of() : Arrays.stream(authorCodes.split("[,;\\s]+"))
                                .filter(s -> !s.isBlank()).toList(), scope, recognisedOn, decisionNumber));
        if (done) {
            FacesMessages.info(null, "cmpmsg", "initiatives.recorded");
            latest = initiatives.latest(SHOWN);
            title = null;
            decisionNumber = null;
            authorCodes = null;
        }
    }

    public InitiativeKind[] getKinds() {
        return InitiativeKind.values();
    }

    public InitiativeScope[] getScopes() {
        return InitiativeScope.values();
    }

    public List<Initiative> getLatest() {
        return latest;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public InitiativeKind getKind() {
        return kind;
    }

    public void setKind(InitiativeKind kind) {
        this.kind = kind;
    }

    public InitiativeScope getScope() {
        return scope;
    }

    public void setScope(InitiativeScope scope) {
        this.scope = scope;
    }

    public LocalDate getRecognisedOn() {
        return recognisedOn;
    }

    public void setRecognisedOn(LocalDate recognisedOn) {
        this.recognisedOn = recognisedOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public String getAuthorCodes() {
        return authorCodes;
    }

    public void setAuthorCodes(String authorCodes) {
        this.authorCodes = authorCodes;
    }
}
