package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.Catalogue;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/** The catalogue of titles and forms; administrators add entries (seeded entries are never removed). */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Catalogue catalogue;

    @Getter private List<AwardSummary> awards = List.of();
    @Getter @Setter private String code;
    @Getter @Setter private String name;
    @Getter @Setter private AwardKind kind = AwardKind.FORM;
    @Getter @Setter private AwardLevel level = AwardLevel.PROVINCE;
    @Getter @Setter private boolean forPerson = true;
    @Getter @Setter private boolean forUnit;
    @Getter @Setter private boolean forHousehold;

    @PostConstruct
    void init() {
        awards = catalogue.awards();
    }

    public void add() {
        String added = code;
        boolean done = FacesViolations.attempt("awardForm", Set.of("code", "name", "kind", "level", "recipients"),
                () -> catalogue.add(added, name, kind, level, forPerson, forUnit, forHousehold));
        if (done) {
            FacesMessages.info(null, "cmdmsg", "catalogue.added", added);
            awards = catalogue.awards();
            code = null;
            name = null;
        }
    }

    public AwardKind[] getKinds() {
        return AwardKind.values();
    }

    public AwardLevel[] getLevels() {
        return AwardLevel.values();
    }
}
