package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.thidua.campaigns.Initiative;
import vn.thidua.campaigns.InitiativeService;
import vn.thidua.commendation.PreScreening;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.internal.domain.Award;
import vn.thidua.commendation.internal.domain.RuleRecord;
import vn.thidua.commendation.internal.domain.RuleSetRecord;
import vn.thidua.commendation.internal.rules.Check;
import vn.thidua.commendation.internal.rules.Condition;
import vn.thidua.commendation.internal.rules.Engine;
import vn.thidua.commendation.internal.rules.Facts;
import vn.thidua.organisation.DisciplineLevel;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.PersonYearProfile;
import vn.thidua.organisation.Rating;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitService;
import vn.thidua.organisation.UnitYearProfile;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;

/**
 * The set-wise evaluation behind {@link PreScreening}. Per run: the rule set and its conditions, the units of
 * the subtree with their ratings, the decided counts for the caps (one grouped query). Per batch of
 * {@value #UNITS_PER_BATCH} units: their members with ratings, discipline and start of work (four queries),
 * the units' own records; per {@value #PEOPLE_PER_QUERY} people: their records and initiatives. The facts of a
 * batch are dropped before the next, so memory stays bounded; the same engine as the single verdict decides.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultPreScreening implements PreScreening {

    static final int UNITS_PER_BATCH = 500;
    static final int PEOPLE_PER_QUERY = 1000;
    private static final int HISTORY_YEARS = 10;
    private static final int FIRST_YEAR = 1945;
    private static final String BUNDLE = DefaultCommendationService.BUNDLE;

    @PersistenceContext(unitName = "thidua")
    private EntityManager em;

    @Inject
    private UnitService units;

    @Inject
    private PersonService people;

    @Inject
    private InitiativeService initiatives;

    @Override
    public Summary run(String unitCode, int year, Consumer<Candidate> qualified) {
        Checks checks = new Checks();
        checks.require(unitCode != null && !unitCode.isBlank(), Violation.of("unitCode", "required"));
        int lastYear = Year.now().getValue();
        if (year < FIRST_YEAR || year > lastYear) {
            checks.add(Violation.of("year", "year", String.valueOf(FIRST_YEAR), String.valueOf(lastYear)));
        }
        checks.throwIfAny();
        UnitDetails root = units.findByCode(unitCode).orElseThrow(() -> new UnknownRecordException(
                new Violation("unitCode", BUNDLE, "unit.unknown", unitCode)));
        LocalDate reference = LocalDate.of(year, 12, 31);
        RuleSetRecord ruleSet = em.createNamedQuery("RuleSetRecord.inForce", RuleSetRecord.class)
                .setParameter("date", reference).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException(new Violation("year", BUNDLE, "prescreening.noRuleSet", year)));
        Map<String, Award> awards = new LinkedHashMap<>();
        em.createQuery("select a from Award a where a.code in :codes", Award.class).setParameter("codes", AWARDS)
                .getResultList().forEach(a -> awards.put(a.getCode(), a));
        Map<String, List<Condition>> conditions = new LinkedHashMap<>();
        em.createNamedQuery("RuleRecord.allOf", RuleRecord.class).setParameter("ruleSet", ruleSet).getResultList()
                .stream().filter(r -> awards.containsKey(r.getAwardCode()))
                .forEach(r -> conditions.computeIfAbsent(r.getAwardCode(), k -> new ArrayList<>()).add(r.toCondition()));
        List<String> personAwards = AWARDS.stream().filter(code -> awards.containsKey(code) && conditions.containsKey(code)
                && awards.get(code).isFor(RecipientType.PERSON)).toList();
        List<String> unitAwards = AWARDS.stream().filter(code -> awards.containsKey(code) && conditions.containsKey(code)
                && awards.get(code).isFor(RecipientType.UNIT)).toList();

        int fromYear = year - HISTORY_YEARS;
        List<UnitYearProfile> subtree = units.subtreeProfiles(unitCode, fromYear, year);
        Map<String, Map<String, Integer>> countsUnder = countsUnder(units.pathOf(unitCode).orElseThrow(), subtree, year);
        Map<String, Integer> qualifiedCounts = new LinkedHashMap<>();
        AWARDS.forEach(code -> qualifiedCounts.put(code, 0));
        Consumer<Candidate> counting = candidate -> {
            qualifiedCounts.merge(candidate.awardCode(), 1, Integer::sum);
            qualified.accept(candidate);
        };
        int peopleSeen = 0;
        for (int start = 0; start < subtree.size(); start += UNITS_PER_BATCH) {
            List<UnitYearProfile> batch = subtree.subList(start, Math.min(subtree.size(), start + UNITS_PER_BATCH));
            Map<String, UnitYearProfile> byCode = new HashMap<>();
            batch.forEach(u -> byCode.put(u.code(), u));
            List<PersonYearProfile> members = people.memberProfiles(byCode.keySet(), fromYear, year);
            peopleSeen += members.size();
            Map<String, List<Facts.Member>> membersOf = new HashMap<>();
            for (int from = 0; from < members.size(); from += PEOPLE_PER_QUERY) {
                List<PersonYearProfile> slice = members.subList(from, Math.min(members.size(), from + PEOPLE_PER_QUERY));
                Set<String> codes = new HashSet<>();
                slice.forEach(p -> codes.add(p.code()));
                Map<String, List<Facts.HeldAward>> held = held(RecipientType.PERSON, codes, fromYear);
                Map<String, List<Initiative>> found = initiatives.byAuthors(codes, LocalDate.of(fromYear, 1, 1), reference);
                for (PersonYearProfile person : slice) {
                    UnitYearProfile unit = byCode.get(person.unitCode());
                    List<Facts.HeldAward> awardsHeld = held.getOrDefault(person.code(), List.of());
                    List<Facts.DisciplineFact> disciplines = new ArrayList<>();
                    person.disciplines().forEach((y, levels) -> levels.forEach(l -> disciplines.add(new Facts.DisciplineFact(l, y))));
                    Facts facts = new Facts(person.ratings(), disciplines, person.startOfWork(), awardsHeld,
                            found.getOrDefault(person.code(), List.of()).stream().map(i -> new Facts.InitiativeFact(
                                    i.kind(), i.scope(), i.recognisedOn(), i.title())).toList(),
                            new Facts.UnitCounts(unit.name(), countsUnder.getOrDefault(unit.path(), Map.of())), List.of());
                    evaluate(personAwards, conditions, year, facts, RecipientType.PERSON, person.code(), person.fullName(),
                            unit, counting);
                    membersOf.computeIfAbsent(person.unitCode(), k -> new ArrayList<>()).add(new Facts.Member(
                            person.code(), person.fullName(), person.ratings().get(year),
                            person.disciplines().getOrDefault(year, List.<DisciplineLevel>of()).stream()
                                    .map(l -> new Facts.DisciplineFact(l, year)).toList(),
                            awardsHeld.stream().filter(a -> a.year() == year).map(Facts.HeldAward::awardCode).toList()));
                }
            }
            if (!unitAwards.isEmpty()) {
                Map<String, List<Facts.HeldAward>> held = held(RecipientType.UNIT, byCode.keySet(), fromYear);
                for (UnitYearProfile unit : batch) {
                    Facts facts = new Facts(unit.ratings(), List.of(), null, held.getOrDefault(unit.code(), List.of()),
                            List.of(), new Facts.UnitCounts(unit.name(), Map.of()),
                            membersOf.getOrDefault(unit.code(), List.of()));
                    evaluate(unitAwards, conditions, year, facts, RecipientType.UNIT, unit.code(), unit.name(), unit,
                            counting);
                }
            }
        }
        return new Summary(root.code(), root.name(), year, ruleSet.getCode(), peopleSeen, subtree.size(), qualifiedCounts);
    }

    private static void evaluate(List<String> awardCodes, Map<String, List<Condition>> conditions, int year, Facts facts,
                                 RecipientType type, String code, String name, UnitYearProfile unit,
                                 Consumer<Candidate> qualified) {
        for (String awardCode : awardCodes) {
            List<Check> checks = Engine.evaluate(conditions.get(awardCode), year, facts);
            if (checks.stream().allMatch(Check::passed)) {
                qualified.accept(new Candidate(type, code, name, unit.code(), unit.name(), awardCode,
                        checks.stream().map(Check::message).toList()));
            }
        }
    }

    /** Active records of the recipients from {@code fromYear} on, a thousand recipients per query. */
    private Map<String, List<Facts.HeldAward>> held(RecipientType type, Collection<String> codes, int fromYear) {
        Map<String, List<Facts.HeldAward>> held = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += PEOPLE_PER_QUERY) {
            em.createNamedQuery("Commendation.activeOfRecipients", Object[].class).setParameter("type", type)
                    .setParameter("codes", all.subList(from, Math.min(all.size(), from + PEOPLE_PER_QUERY)))
                    .setParameter("from", fromYear).getResultList()
                    .forEach(row -> held.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                            .add(new Facts.HeldAward((String) row[1], (Integer) row[2])));
        }
        return held;
    }

    /**
     * For each unit of the subtree, the decided awards of people for the year in it and its subunits (what the
     * ratio caps count), from one grouped query: each path's counts are added to every unit above it.
     */
    private Map<String, Map<String, Integer>> countsUnder(String rootPath, List<UnitYearProfile> subtree, int year) {
        Map<String, Map<String, Integer>> under = new HashMap<>();
        if (subtree.isEmpty()) {
            return under;
        }
        Set<String> paths = new HashSet<>();
        subtree.forEach(u -> paths.add(u.path()));
        em.createNamedQuery("Commendation.countsByPath", Object[].class)
                .setParameter("path", rootPath + "%").setParameter("year", year).getResultList()
                .forEach(row -> {
                    String path = (String) row[0];
                    int count = ((Number) row[2]).intValue();
                    for (int end = path.indexOf('/', 1); end > 0; end = path.indexOf('/', end + 1)) {
                        String ancestor = path.substring(0, end + 1);
                        if (paths.contains(ancestor)) {
                            under.computeIfAbsent(ancestor, k -> new HashMap<>()).merge((String) row[1], count, Integer::sum);
                        }
                    }
                });
        return under;
    }
}
