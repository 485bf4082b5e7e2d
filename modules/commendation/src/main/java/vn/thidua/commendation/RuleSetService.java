package vn.thidua.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The versions of the eligibility rules; a change of parameters is a new version from a date (administrators). */
public interface RuleSetService {

    List<RuleSetVersion> versions();

    /** The version of this code (what the screens show people instead of the code). */
    default java.util.Optional<RuleSetVersion> describe(String code) {
        return versions().stream().filter(v -> v.code().equals(code)).findFirst();
    }

    List<RuleLine> rules(String versionCode);

    /**
     * Creates a version in force from {@code effectiveFrom}, copying the rules of {@code fromCode} with the
     * parameters given by rule id; the version open until then now ends the day before. Audited.
     */
    void createVersion(String fromCode, String code, String name, LocalDate effectiveFrom, Map<Long, String> parameters);
}
