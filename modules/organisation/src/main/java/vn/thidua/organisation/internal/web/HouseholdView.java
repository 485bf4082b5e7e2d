package vn.thidua.organisation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.organisation.HouseholdDetails;
import vn.thidua.organisation.HouseholdService;
import vn.thidua.platform.Checks;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/** Households (for family titles): search, and a form to add or change one. */
@Named
@ViewScoped
public class HouseholdView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SHOWN = 200;

    @Inject private HouseholdService households;

    @Getter @Setter private String text;
    @Getter private List<HouseholdDetails> found = List.of();
    @Getter @Setter private String code;
    @Getter @Setter private String headName;
    @Getter @Setter private String unitCode;
    private Long version;
    private List<vn.thidua.platform.web.HistoryLine> commendations = List.of();

    /** The commendation history, from the module that owns commendations (absent in a WAR without it). */
    @Inject private jakarta.enterprise.inject.Instance<vn.thidua.platform.web.RecordHistory> histories;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        found = households.search(text, MAX_SHOWN);
    }

    public void edit(HouseholdDetails household) {
        code = household.code();
        headName = household.headName();
        unitCode = household.unitCode();
        version = household.version();
        commendations = histories.isResolvable() ? histories.get().of("HOUSEHOLD", code) : List.of();
    }

    /** {@code households.xhtml?code=…}: opens that household (the link from history, reports and pickers). */
    public void open() {
        if (code != null && version == null) {
            String wanted = code;
            FacesViolations.attempt("householdForm", Set.of(), () -> households.findByCode(wanted).ifPresentOrElse(
                    this::edit, () -> code = null));
        }
    }

    /** The household's commendations, newest first, revoked and corrected ones marked. */
    public List<vn.thidua.platform.web.HistoryLine> getCommendations() {
        return commendations;
    }

    public void prepareNew() {
        commendations = List.of();
        code = null;
        headName = null;
        unitCode = null;
        version = null;
    }

    public void save() {
        String saving = code;
        boolean saved = FacesViolations.attempt("householdForm", Set.of("code", "headName", "unitCode"), () -> {
            Checks checks = new Checks();
            checks.code("code", saving, true);
            String name = checks.name("headName", headName);
            checks.code("unitCode", unitCode, true);
            checks.throwIfAny();
            version = households.save(saving, name, unitCode, version).value().version();
        });
        if (saved) {
            FacesMessages.info(null, "orgmsg", "households.saved", saving);
            search();
        }
    }

    public boolean isEditing() {
        return version != null;
    }
}
