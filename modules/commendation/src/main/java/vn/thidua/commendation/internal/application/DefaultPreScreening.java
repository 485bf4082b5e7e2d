package vn.thidua.commendation.internal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.PreScreening;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.internal.domain.Award;
import vn.thidua.commendation.internal.domain.RuleSetRecord;
import vn.thidua.commendation.internal.rules.Check;
import vn.thidua.commendation.internal.rules.Condition;
import vn.thidua.commendation.internal.rules.ConditionKind;
import vn.thidua.commendation.internal.rules.Engine;
import vn.thidua.commendation.internal.rules.Facts;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.PersonYearProfile;
import vn.thidua.organisation.Rating;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitService;
import vn.thidua.organisation.UnitYearProfile;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ProvinceClock;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;

/**
 * The set-wise evaluation behind {@link PreScreening}. Per run: the rule set and its conditions, the units of
 * the subtree with their ratings, the decided counts for the caps (one grouped query). Per batch of
 * {@value #UNITS_PER_BATCH} units: their members with ratings, discipline and start of work (four queries); per
 * {@value #PEOPLE_PER_QUERY} people: their records and initiatives, read on a second thread one slice ahead of the
 * evaluation ({@link SliceFacts}). A person's facts are dropped after the person;
 * what the collectives read of each member (rating, discipline, titles of the year decided or met) is kept to the
 * end of the people, then the units are screened batch by batch with their own records. The same engine as the
 * single verdict decides; a same-year title's standard met counts, so CSTĐCS candidates show beside LĐTT.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultPreScreening implements PreScreening {

    static final int UNITS_PER_BATCH = 500;
    static final int PEOPLE_PER_QUERY = 1000;
    private static final int HISTORY_YEARS = 10;
    private static final String BUNDLE = DefaultCommendationService.BUNDLE;

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private UnitService units;
    @Inject private PersonService people;
    @Inject private RuleSetConditions ruleSetConditions;
    @Inject private RecipientFacts recipientFacts;
    @Inject private SliceFacts sliceFacts;
    @Resource private ManagedThreadFactory threads;

    @Override
    public Summary run(String unitCode, int year, Consumer<Candidate> qualified, Progress progress) {
        Checks checks = new Checks();
        checks.require(unitCode != null && !unitCode.isBlank(), Violation.of("unitCode", "required"));
        // A year already begun: nobody is screened for a year that has not started.
        checks.year("year", year, Checks.FIRST_YEAR, ProvinceClock.thisYear());
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
        Map<String, List<Condition>> rules = ruleSetConditions.of(ruleSet, reference);
        Map<String, List<Condition>> forPeople = applicable(awards, rules, RecipientType.PERSON);
        Map<String, List<Condition>> forUnits = applicable(awards, rules, RecipientType.UNIT);
        List<String> personAwards = List.copyOf(forPeople.keySet());
        List<String> unitAwards = List.copyOf(forUnits.keySet());
        Set<String> memberStandards = RuleSetConditions.memberStandards(forUnits.values());
        Set<String> capBases = RuleSetConditions.capBases(forPeople.values());

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
        // People first, batch by batch; what the collectives' rules read of each member is kept (a few small fields a
        // person) because a collective may count its subunits' people, who can sit in a later batch.
        Map<String, List<Facts.Member>> membersOf = new HashMap<>();
        // The caps count the titles of the year decided or whose standard is met; a capped title's candidates wait
        // until every person of the units has been seen.
        Set<String> paths = new HashSet<>();
        subtree.forEach(u -> paths.add(u.path()));
        Map<String, Map<String, Integer>> decidedOrMetUnder = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        int steps = subtree.size() * (unitAwards.isEmpty() ? 1 : 2);
        progress.done(0, steps);
        ExecutorService reader = Executors.newSingleThreadExecutor(threads);
        try {
            for (int start = 0; start < subtree.size(); start += UNITS_PER_BATCH) {
                List<UnitYearProfile> batch = subtree.subList(start, Math.min(subtree.size(), start + UNITS_PER_BATCH));
                Map<String, UnitYearProfile> byCode = new HashMap<>();
                batch.forEach(u -> byCode.put(u.code(), u));
                List<PersonYearProfile> members = people.memberProfiles(byCode.keySet(), fromYear, year);
                peopleSeen += members.size();
                List<List<PersonYearProfile>> slices = new ArrayList<>();
                for (int from = 0; from < members.size(); from += PEOPLE_PER_QUERY) {
                    slices.add(members.subList(from, Math.min(members.size(), from + PEOPLE_PER_QUERY)));
                }
                // The next slice's records are read on the reader thread while this slice's rules are evaluated.
                Future<SliceFacts.Read> next = slices.isEmpty() ? null : reader.submit(readSlice(slices.get(0), fromYear, year));
                for (int s = 0; s < slices.size(); s++) {
                    progress.done(start + (int) ((long) batch.size() * s / slices.size()), steps);
                    List<PersonYearProfile> slice = slices.get(s);
                    SliceFacts.Read read = await(next);
                    next = s + 1 < slices.size() ? reader.submit(readSlice(slices.get(s + 1), fromYear, year)) : null;
                    Map<String, List<Facts.HeldAward>> held = read.held();
                    Map<String, List<Facts.InitiativeFact>> found = read.initiatives();
                    for (PersonYearProfile person : slice) {
                        UnitYearProfile unit = byCode.get(person.unitCode());
                        Facts facts = RecipientFacts.person(person, held.getOrDefault(person.code(), List.of()),
                                found.getOrDefault(person.code(), List.of()),
                                new Facts.UnitCounts(unit.name(), countsUnder.getOrDefault(unit.path(), Map.of())));
                        for (String base : capBases) {
                            if (RecipientFacts.decidedOrMet(base, year, facts, rules)) {
                                addUnder(decidedOrMetUnder, paths, unit.path(), base);
                            }
                        }
                        evaluate(personAwards, forPeople, rules, year, facts, RecipientType.PERSON, person.code(),
                                person.fullName(), unit, counting, pending);
                        if (!unitAwards.isEmpty()) {
                            membersOf.computeIfAbsent(person.unitCode(), k -> new ArrayList<>())
                                    .add(RecipientFacts.member(person, facts, year, memberStandards, rules));
                        }
                    }
                }
                progress.done(start + batch.size(), steps);
            }
        } finally {
            reader.shutdownNow();
        }
        for (Pending candidate : pending) {
            Map<String, Integer> counts = new HashMap<>(countsUnder.getOrDefault(candidate.unit().path(), Map.of()));
            counts.putAll(decidedOrMetUnder.getOrDefault(candidate.unit().path(), Map.of()));
            capBases.forEach(base -> counts.putIfAbsent(base, 0));
            Facts facts = new Facts(Map.of(), List.of(), null, candidate.decided()
                    ? List.of(new Facts.HeldAward(candidate.awardCode(), year)) : List.of(), List.of(),
                    new Facts.UnitCounts(candidate.unit().name(), counts), List.of());
            List<Check> caps = Engine.evaluate(candidate.caps(), year, facts, rules);
            if (caps.stream().allMatch(Check::passed)) {
                List<String> reasons = new ArrayList<>(candidate.reasons());
                caps.forEach(c -> reasons.add(c.message()));
                counting.accept(new Candidate(RecipientType.PERSON, candidate.code(), candidate.name(),
                        candidate.unit().code(), candidate.unit().name(), candidate.awardCode(), reasons));
            }
        }
        for (int start = 0; !unitAwards.isEmpty() && start < subtree.size(); start += UNITS_PER_BATCH) {
            List<UnitYearProfile> batch = subtree.subList(start, Math.min(subtree.size(), start + UNITS_PER_BATCH));
            Set<String> codes = new HashSet<>();
            batch.forEach(u -> codes.add(u.code()));
            Map<String, List<Facts.HeldAward>> held = recipientFacts.held(RecipientType.UNIT, codes, fromYear);
            for (UnitYearProfile unit : batch) {
                Facts facts = new Facts(unit.ratings(), List.of(), null, held.getOrDefault(unit.code(), List.of()),
                        List.of(), new Facts.UnitCounts(unit.name(), Map.of()), membersOf(unit, subtree, membersOf));
                evaluate(unitAwards, forUnits, rules, year, facts, RecipientType.UNIT, unit.code(), unit.name(), unit,
                        counting, null);
            }
            progress.done(subtree.size() + start + batch.size(), steps);
        }
        return new Summary(root.code(), root.name(), year, ruleSet.getCode(), peopleSeen, subtree.size(), qualifiedCounts);
    }

    private Callable<SliceFacts.Read> readSlice(List<PersonYearProfile> slice, int fromYear, int year) {
        Set<String> codes = new HashSet<>();
        slice.forEach(p -> codes.add(p.code()));
        return () -> sliceFacts.read(codes, fromYear, year);
    }

    private static SliceFacts.Read await(Future<SliceFacts.Read> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the records were read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A collective's members: its own people, with its subunits' where its setting says so (RULES.md §5). */
    private static List<Facts.Member> membersOf(UnitYearProfile unit, List<UnitYearProfile> subtree,
                                                Map<String, List<Facts.Member>> membersOf) {
        List<Facts.Member> own = membersOf.getOrDefault(unit.code(), List.of());
        if (!unit.memberCount().countsSubunits(!own.isEmpty())) {
            return own;
        }
        List<Facts.Member> all = new ArrayList<>();
        subtree.stream().filter(u -> u.path().startsWith(unit.path()))
                .forEach(u -> all.addAll(membersOf.getOrDefault(u.code(), List.of())));
        return all;
    }

    /** The awards screened for that recipient type (regular, annual) that have conditions for it, with them. */
    private static Map<String, List<Condition>> applicable(Map<String, Award> awards, Map<String, List<Condition>> rules,
                                                           RecipientType type) {
        Map<String, List<Condition>> applicable = new LinkedHashMap<>();
        for (String code : AWARDS) {
            List<Condition> conditions = RuleSetConditions.applicable(rules.get(code), type, CommendationType.THUONG_XUYEN);
            if (awards.containsKey(code) && awards.get(code).isFor(type) && !conditions.isEmpty()) {
                applicable.put(code, conditions);
            }
        }
        return applicable;
    }

    /** A person whose capped title's standard is met, waiting for the cap to be counted over the whole unit. */
    private record Pending(String code, String name, UnitYearProfile unit, String awardCode, List<String> reasons,
                           List<Condition> caps, boolean decided) {
    }

    private static void evaluate(List<String> awardCodes, Map<String, List<Condition>> conditions,
                                 Map<String, List<Condition>> rules, int year, Facts facts, RecipientType type,
                                 String code, String name, UnitYearProfile unit, Consumer<Candidate> qualified,
                                 List<Pending> pending) {
        for (String awardCode : awardCodes) {
            List<Condition> all = conditions.get(awardCode);
            List<Condition> caps = pending == null ? List.of()
                    : all.stream().filter(c -> c.kind() == ConditionKind.UNIT_CAP).toList();
            List<Check> checks = Engine.evaluate(caps.isEmpty() ? all
                    : all.stream().filter(c -> c.kind() != ConditionKind.UNIT_CAP).toList(), year, facts, rules);
            if (!checks.stream().allMatch(Check::passed)) {
                continue;
            }
            List<String> reasons = checks.stream().map(Check::message).toList();
            if (caps.isEmpty()) {
                qualified.accept(new Candidate(type, code, name, unit.code(), unit.name(), awardCode, reasons));
            } else {
                pending.add(new Pending(code, name, unit, awardCode, reasons, caps, facts.awards().stream()
                        .anyMatch(a -> a.year() == year && a.awardCode().equals(awardCode))));
            }
        }
    }

    /** Adds one to the award's count of the path and of every unit above it in the run. */
    private static void addUnder(Map<String, Map<String, Integer>> under, Set<String> paths, String path, String award) {
        for (int end = path.indexOf('/', 1); end > 0; end = path.indexOf('/', end + 1)) {
            String ancestor = path.substring(0, end + 1);
            if (paths.contains(ancestor)) {
                under.computeIfAbsent(ancestor, k -> new HashMap<>()).merge(award, 1, Integer::sum);
            }
        }
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
