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
import lombok.Getter;
import lombok.Setter;
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

    @Inject private RuleSetService ruleSets;

    @Getter private List<RuleSetVersion> versions = List.of();
    @Getter private String selected;
    @Getter private List<RuleLine> rules = List.of();
    @Getter private final Map<Long, String> parameters = new HashMap<>();
    @Getter @Setter private String newCode;
    @Getter @Setter private String newName;
    @Getter @Setter private LocalDate effectiveFrom;

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
}
