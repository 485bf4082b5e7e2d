package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.commendation.RuleLine;
import vn.thidua.commendation.RuleSetService;
import vn.thidua.commendation.RuleSetVersion;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/**
 * The versions of the eligibility rules: look at a version's conditions; an administrator changes parameters by
 * creating a new version from a date (the version in force until then ends the day before).
 */
@Named
@ViewScoped
public class RuleSetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RuleSetService ruleSets;

    private List<RuleSetVersion> versions = List.of();
    private String selected;
    private List<RuleLine> rules = List.of();
    private final Map<Long, String> parameters = new HashMap<>();
    private String newCode;
    private String newName;
    private LocalDate effectiveFrom;

    @PostConstruct
    void init() {
        versions = ruleSets.versions();
        if (!versions.isEmpty()) {
            select(versions.get(versions.size() - 1).code());
        }
    }

    public void select(String code) {
        selected = code;
        rules = ruleSets.rules(code);
        parameters.clear();
        rules.forEach(rule -> parameters.put(rule.id(), rule.parameters()));
    }

    public void createVersion() {
        String code = newCode;
        boolean created = FacesViolations.attempt("versionForm", Set.of("code", "name", "effectiveFrom", "parameters"),
                () -> ruleSets.createVersion(selected, code, newName, effectiveFrom, parameters));
        if (created) {
            FacesMessages.info(null, "cmdmsg", "rules.created", code);
            versions = ruleSets.versions();
            select(code);
            newCode = null;
            newName = null;
            effectiveFrom = null;
        }
    }

    public List<RuleSetVersion> getVersions() {
        return versions;
    }

    public String getSelected() {
        return selected;
    }

    public List<RuleLine> getRules() {
        return rules;
    }

    public Map<Long, String> getParameters() {
        return parameters;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
