package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
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

    @Inject
    private Catalogue catalogue;

    private List<AwardSummary> awards = List.of();
    private String code;
    private String name;
    private AwardKind kind = AwardKind.FORM;
    private AwardLevel level = AwardLevel.PROVINCE;
    private boolean forPerson = true;
    private boolean forUnit;
    private boolean forHousehold;

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

    public List<AwardSummary> getAwards() {
        return awards;
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

    public AwardKind getKind() {
        return kind;
    }

    public void setKind(AwardKind kind) {
        this.kind = kind;
    }

    public AwardLevel getLevel() {
        return level;
    }

    public void setLevel(AwardLevel level) {
        this.level = level;
    }

    public boolean isForPerson() {
        return forPerson;
    }

    public void setForPerson(boolean forPerson) {
        this.forPerson = forPerson;
    }

    public boolean isForUnit() {
        return forUnit;
    }

    public void setForUnit(boolean forUnit) {
        this.forUnit = forUnit;
    }

    public boolean isForHousehold() {
        return forHousehold;
    }

    public void setForHousehold(boolean forHousehold) {
        this.forHousehold = forHousehold;
    }
}
