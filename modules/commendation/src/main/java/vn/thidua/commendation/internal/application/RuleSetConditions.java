package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.internal.domain.CouncilSetting;
import vn.thidua.commendation.internal.domain.RuleRecord;
import vn.thidua.commendation.internal.domain.RuleSetRecord;
import vn.thidua.commendation.internal.rules.Condition;
import vn.thidua.commendation.internal.rules.ConditionKind;
import vn.thidua.commendation.internal.rules.Engine;
import vn.thidua.commendation.internal.rules.Facts;

/**
 * The conditions of a rule-set version by award, as the single verdict and the pre-screening both read them: a
 * parameter written "@CODE" is a province setting (e.g. the CSTĐCS cap), read as in force on the reference date,
 * so the province changes it by a dated row and no version of the rules is edited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RuleSetConditions {

    @PersistenceContext(unitName = "thidua") private EntityManager em;

    public Map<String, List<Condition>> of(RuleSetRecord ruleSet, LocalDate date) {
        Map<String, List<Condition>> byAward = new LinkedHashMap<>();
        for (RuleRecord rule : em.createNamedQuery("RuleRecord.allOf", RuleRecord.class).setParameter("ruleSet", ruleSet)
                .getResultList()) {
            byAward.computeIfAbsent(rule.getAwardCode(), k -> new ArrayList<>()).add(settingsRead(rule.toCondition(), date));
        }
        return byAward;
    }

    private Condition settingsRead(Condition condition, LocalDate date) {
        if (condition.parameters().values().stream().noneMatch(v -> v.startsWith("@"))) {
            return condition;
        }
        Map<String, String> read = new LinkedHashMap<>(condition.parameters());
        read.replaceAll((name, value) -> value.startsWith("@") ? setting(value.substring(1), date) : value);
        return condition.withParameters(read);
    }

    private String setting(String code, LocalDate date) {
        return em.createNamedQuery("CouncilSetting.inForce", CouncilSetting.class).setParameter("code", code)
                .setParameter("on", date).setMaxResults(1).getResultStream().findFirst().map(CouncilSetting::getValue)
                .orElseThrow(() -> new IllegalStateException("No setting " + code + " in force on " + date));
    }

    /** The conditions that apply to this recipient and commendation type (RULES.md §5: separate rules per kind). */
    public static List<Condition> applicable(List<Condition> conditions, RecipientType recipient, CommendationType type) {
        return conditions == null ? List.of() : conditions.stream().filter(c -> c.appliesTo(recipient, type)).toList();
    }

    /** The awards of the members whose standard met, decided or not, the collectives' rules accept. */
    public static Set<String> memberStandards(Collection<List<Condition>> conditions) {
        Set<String> awards = new TreeSet<>();
        conditions.forEach(list -> list.stream().filter(c -> (c.kind() == ConditionKind.MEMBERS_SHARE
                        || c.kind() == ConditionKind.MEMBERS_HOLD) && c.acceptsStandard())
                .forEach(c -> awards.add(c.parameters().get("award"))));
        return awards;
    }

    /** The awards the quota caps count (their {@code of}), whose holders decided or meeting the standard are counted. */
    public static Set<String> capBases(Collection<List<Condition>> conditions) {
        Set<String> awards = new TreeSet<>();
        conditions.forEach(list -> list.stream().filter(c -> c.kind() == ConditionKind.UNIT_CAP)
                .forEach(c -> java.util.Arrays.stream(c.parameters().get("of").split(",")).map(String::strip)
                        .filter(a -> !a.isEmpty()).forEach(awards::add)));
        return awards;
    }

    /** Of {@code awards}, those whose standard a person meets in {@code year} without holding them decided. */
    public static List<String> standardsMet(Set<String> awards, int year, Facts person, Map<String, List<Condition>> ruleSet) {
        List<String> met = new ArrayList<>();
        for (String award : awards) {
            boolean decided = person.awards().stream().anyMatch(a -> a.year() == year && a.awardCode().equals(award));
            if (!decided && Engine.meetsStandard(award, year, person, ruleSet)) {
                met.add(award);
            }
        }
        return met;
    }
}
