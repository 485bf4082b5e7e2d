package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.campaigns.Initiative;
import vn.thidua.campaigns.InitiativeService;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.EligibilityQuery;
import vn.thidua.commendation.EligibilityService;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.Verdict;
import vn.thidua.commendation.internal.domain.Award;
import vn.thidua.commendation.internal.domain.Commendation;
import vn.thidua.commendation.internal.domain.RuleSetRecord;
import vn.thidua.commendation.internal.rules.Check;
import vn.thidua.commendation.internal.rules.Condition;
import vn.thidua.commendation.internal.rules.Engine;
import vn.thidua.commendation.internal.rules.Facts;
import vn.thidua.organisation.HouseholdService;
import vn.thidua.organisation.Membership;
import vn.thidua.organisation.PersonDetails;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.Rating;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitService;
import vn.thidua.organisation.YearRating;
import vn.thidua.platform.Checks;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;

/**
 * Loads the facts of a recipient (ratings, discipline, memberships and start of work from organisation; decided
 * commendations that are neither revoked nor superseded; initiatives from campaigns) and evaluates the rules of
 * the version in force on the reference date.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultEligibilityService implements EligibilityService {

    private static final String BUNDLE = DefaultCommendationService.BUNDLE;
    private static final int HISTORY_YEARS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private PersonService people;
    @Inject private UnitService units;
    @Inject private HouseholdService households;
    @Inject private InitiativeService initiatives;
    @Inject private vn.thidua.campaigns.ClusterService clusters;
    @Inject private RuleSetConditions ruleSetConditions;
    @Inject private RecipientFacts recipientFacts;

    @Override
    public Verdict evaluate(EligibilityQuery query) {
        Award award = award(query);
        int year = query.year();
        LocalDate reference = query.referenceDate() != null ? query.referenceDate() : LocalDate.of(year, 12, 31);
        List<RuleSetRecord> inForce = em.createNamedQuery("RuleSetRecord.inForce", RuleSetRecord.class)
                .setParameter("date", reference).setMaxResults(1).getResultList();
        if (inForce.isEmpty()) {
            return Verdict.of(null, List.of(check("ruleSet", "", false, "noRuleSet", DAY.format(reference))));
        }
        RuleSetRecord ruleSet = inForce.get(0);
        CommendationType type = query.type() == null ? CommendationType.THUONG_XUYEN : query.type();
        if (type == CommendationType.DOT_XUAT) {
            // Emulation titles are annual: a sudden achievement earns a form of commendation, never a title.
            boolean title = award.getKind() == vn.thidua.commendation.AwardKind.TITLE;
            return Verdict.of(ruleSet.getCode(), List.of(check(award.getCode() + ".sudden",
                    "Luật Thi đua, khen thưởng 2022 (khen thưởng đột xuất)", !title,
                    title ? "suddenTitle" : "suddenAchievement", award.getName())));
        }
        Map<String, List<Condition>> rules = ruleSetConditions.of(ruleSet, reference);
        List<Condition> conditions = RuleSetConditions.applicable(rules.get(award.getCode()), query.recipientType(), type);
        if (conditions.isEmpty()) {
            // No encoded criteria: never eligible by default; the office appraises the dossier.
            return new Verdict(false, ruleSet.getCode(), List.of(check(award.getCode() + ".manual", ruleSet.getName(),
                    false, "noRules", ruleSet.getCode(), award.getName())), Verdict.Outcome.MANUAL);
        }
        Facts facts = facts(query.recipientType(), query.recipientCode(), year, rules);
        List<Check> checks = Engine.evaluate(conditions, year, facts, rules);
        Set<String> capBases = RuleSetConditions.capBases(List.of(conditions));
        if (!capBases.isEmpty() && capRefused(conditions, checks)) {
            // Only when the decided titles leave no room: count those of the unit who meet the standard too (the
            // titles of one year are considered together). That reads the people of the unit's subtree.
            facts = withStandardsMet(facts, query.recipientCode(), year, rules, capBases);
            checks = Engine.evaluate(conditions, year, facts, rules);
        }
        return Verdict.of(ruleSet.getCode(), checks.stream()
                .map(c -> new Verdict.VerdictCheck(c.rule(), c.basis(), c.passed(), c.message())).toList());
    }

    private static Verdict.VerdictCheck check(String rule, String basis, boolean passed, String key, Object... arguments) {
        return new Verdict.VerdictCheck(rule, basis, passed, new Violation("rule", "vn.thidua.commendation.i18n.rules", key,
                arguments).message(java.util.Locale.forLanguageTag("vi")));
    }

    private Award award(EligibilityQuery query) {
        Checks checks = new Checks();
        checks.require(query.awardCode() != null, Violation.of("awardCode", "required"));
        checks.require(query.recipientType() != null, Violation.of("recipientType", "required"));
        checks.require(query.recipientCode() != null, Violation.of("recipientCode", "required"));
        checks.year("year", query.year());
        Award award = query.awardCode() == null ? null : em.createNamedQuery("Award.byCode", Award.class)
                .setParameter("code", query.awardCode()).getResultStream().findFirst().orElse(null);
        if (query.awardCode() != null && award == null) {
            checks.add(new Violation("awardCode", BUNDLE, "award.unknown", query.awardCode()));
        } else if (award != null && query.recipientType() != null && !award.isFor(query.recipientType())) {
            checks.add(new Violation("recipientType", BUNDLE, "award.notFor", award.getName()));
        }
        checks.throwIfAny();
        return award;
    }

    private static boolean capRefused(List<Condition> conditions, List<Check> checks) {
        Set<String> caps = new java.util.HashSet<>();
        conditions.stream().filter(c -> c.kind() == vn.thidua.commendation.internal.rules.ConditionKind.UNIT_CAP)
                .forEach(c -> caps.add(c.key()));
        return checks.stream().anyMatch(c -> !c.passed() && caps.contains(c.rule()));
    }

    /** The person's facts with the cap's counts of the unit's subtree: titles of Y decided or whose standard is met. */
    private Facts withStandardsMet(Facts facts, String code, int year, Map<String, List<Condition>> rules,
                                   Set<String> capBases) {
        UnitDetails unit = unitOf(people.findByCode(code, false).orElseThrow(() -> unknown("person.unknown", code)), year);
        List<String> subtree = units.subtreeProfiles(unit.code(), year, year).stream()
                .map(vn.thidua.organisation.UnitYearProfile::code).toList();
        Map<String, Integer> counts = new HashMap<>(facts.unitCounts().byAward());
        counts.putAll(recipientFacts.decidedOrMet(people.memberProfiles(subtree, year - HISTORY_YEARS, year),
                year - HISTORY_YEARS, year, capBases, rules));
        return new Facts(facts.ratings(), facts.disciplines(), facts.startOfWork(), facts.awards(), facts.initiatives(),
                new Facts.UnitCounts(facts.unitCounts().unitName(), counts), facts.members(), facts.standings());
    }

    /** The unit the person belongs to on 31 December of the year (else the latest). */
    private UnitDetails unitOf(PersonDetails person, int year) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        Membership membership = person.memberships().stream()
                .filter(m -> !m.validFrom().isAfter(endOfYear) && (m.validTo() == null || !m.validTo().isBefore(endOfYear)))
                .findFirst().orElse(person.memberships().get(person.memberships().size() - 1));
        return units.findByCode(membership.unitCode()).orElseThrow();
    }

    private Facts facts(RecipientType type, String code, int year, Map<String, List<Condition>> rules) {
        return switch (type) {
            case PERSON -> personFacts(code, year);
            case UNIT -> unitFacts(code, year, rules);
            case HOUSEHOLD -> {
                households.findByCode(code).orElseThrow(() -> unknown("household.unknown", code));
                yield new Facts(Map.of(), List.of(), null, heldAwards(RecipientType.HOUSEHOLD, code), List.of(),
                        new Facts.UnitCounts("", Map.of()), List.of());
            }
        };
    }

    private Facts personFacts(String code, int year) {
        PersonDetails person = people.findByCode(code, false).orElseThrow(() -> unknown("person.unknown", code));
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        LocalDate startOfWork = person.startDate() != null ? person.startDate()
                : person.memberships().get(0).validFrom();
        List<Facts.InitiativeFact> found = new ArrayList<>();
        for (Initiative i : initiatives.byAuthors(Set.of(code), LocalDate.of(year - HISTORY_YEARS, 1, 1), endOfYear)
                .getOrDefault(code, List.of())) {
            found.add(new Facts.InitiativeFact(i.kind(), i.scope(), i.recognisedOn(), i.title()));
        }
        UnitDetails unit = unitOf(person, year);
        Map<String, Integer> counts = countsInSubtree(units.pathOf(unit.code()).orElseThrow(), year);
        return new Facts(ratings(people.ratings(code)),
                people.disciplines(code).stream().map(d -> new Facts.DisciplineFact(d.level(), d.year())).toList(),
                startOfWork, heldAwards(RecipientType.PERSON, code), found,
                new Facts.UnitCounts(unit.name(), counts), List.of());
    }

    private Facts unitFacts(String code, int year, Map<String, List<Condition>> rules) {
        UnitDetails unit = units.findByCode(code).orElseThrow(() -> unknown("unit.unknown", code));
        List<Facts.Member> members = recipientFacts.members(people.collectiveMemberProfiles(code, year - HISTORY_YEARS, year),
                year - HISTORY_YEARS, year, RuleSetConditions.memberStandards(rules.values()), rules,
                new Facts.UnitCounts(unit.name(), Map.of()));
        List<Facts.ClusterStanding> standings = clusters.standings(code, year).stream()
                .map(s -> new Facts.ClusterStanding(s.clusterName(), s.position(), s.of(), s.total(), s.tieBreak())).toList();
        return new Facts(ratings(units.ratings(code)), List.of(), null, heldAwards(RecipientType.UNIT, code), List.of(),
                new Facts.UnitCounts(unit.name(), Map.of()), members, standings);
    }

    private static Map<Integer, Rating> ratings(List<YearRating> ratings) {
        Map<Integer, Rating> byYear = new HashMap<>();
        ratings.forEach(r -> byYear.put(r.year(), r.rating()));
        return byYear;
    }

    private List<Facts.HeldAward> heldAwards(RecipientType type, String code) {
        return em.createNamedQuery("Commendation.activeOf", Commendation.class).setParameter("type", type)
                .setParameter("code", code).getResultStream()
                .map(c -> new Facts.HeldAward(c.getAwardCode(), c.getYear())).toList();
    }

    private Map<String, Integer> countsInSubtree(String path, int year) {
        Map<String, Integer> counts = new HashMap<>();
        em.createNamedQuery("Commendation.countsInSubtree", Object[].class).setParameter("path", path + "%")
                .setParameter("year", year).getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    private static UnknownRecordException unknown(String key, String code) {
        return new UnknownRecordException(new Violation("recipientCode", BUNDLE, key, code));
    }
}
