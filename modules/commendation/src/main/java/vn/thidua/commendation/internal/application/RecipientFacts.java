package vn.thidua.commendation.internal.application;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.campaigns.Initiative;
import vn.thidua.campaigns.InitiativeService;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.internal.rules.Condition;
import vn.thidua.commendation.internal.rules.Facts;
import vn.thidua.organisation.DisciplineLevel;
import vn.thidua.organisation.PersonYearProfile;

/**
 * The facts of people as the rules read them, loaded set-wise for the single verdict on a collective and for the
 * pre-screening alike: their decided records (a thousand recipients a query), their initiatives, and for each
 * member of a collective the titles of the year whose standard is met, decided or not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecipientFacts {

    static final int PER_QUERY = 1000;

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private InitiativeService initiatives;

    /** Active records of the recipients from {@code fromYear} on: decided, neither revoked nor superseded. */
    public Map<String, List<Facts.HeldAward>> held(RecipientType type, Collection<String> codes, int fromYear) {
        Map<String, List<Facts.HeldAward>> held = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += PER_QUERY) {
            em.createNamedQuery("Commendation.activeOfRecipients", Object[].class).setParameter("type", type)
                    .setParameter("codes", all.subList(from, Math.min(all.size(), from + PER_QUERY)))
                    .setParameter("from", fromYear).getResultList()
                    .forEach(row -> held.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                            .add(new Facts.HeldAward((String) row[1], (Integer) row[2])));
        }
        return held;
    }

    /** The initiatives of these authors recognised from {@code fromYear} to the end of {@code year}. */
    public Map<String, List<Facts.InitiativeFact>> initiatives(Set<String> codes, int fromYear, int year) {
        Map<String, List<Facts.InitiativeFact>> found = new HashMap<>();
        initiatives.byAuthors(codes, LocalDate.of(fromYear, 1, 1), LocalDate.of(year, 12, 31)).forEach((code, list) -> {
            List<Facts.InitiativeFact> facts = new ArrayList<>();
            for (Initiative i : list) {
                facts.add(new Facts.InitiativeFact(i.kind(), i.scope(), i.recognisedOn(), i.title()));
            }
            found.put(code, facts);
        });
        return found;
    }

    /** A person's facts from the profile, the records and the initiatives read for a slice of people. */
    public static Facts person(PersonYearProfile person, List<Facts.HeldAward> held, List<Facts.InitiativeFact> found,
                               Facts.UnitCounts counts) {
        List<Facts.DisciplineFact> disciplines = new ArrayList<>();
        person.disciplines().forEach((y, levels) -> levels.forEach(l -> disciplines.add(new Facts.DisciplineFact(l, y))));
        return new Facts(person.ratings(), disciplines, person.startOfWork(), held, found, counts, List.of());
    }

    /** The person as a member of a collective for Y, with the standards the collective's rules accept. */
    public static Facts.Member member(PersonYearProfile person, Facts facts, int year, Set<String> standards,
                                      Map<String, List<Condition>> ruleSet) {
        return new Facts.Member(person.code(), person.fullName(), person.ratings().get(year),
                person.disciplines().getOrDefault(year, List.<DisciplineLevel>of()).stream()
                        .map(l -> new Facts.DisciplineFact(l, year)).toList(),
                facts.awards().stream().filter(a -> a.year() == year).map(Facts.HeldAward::awardCode).toList(),
                standards.isEmpty() ? List.of() : RuleSetConditions.standardsMet(standards, year, facts, ruleSet));
    }

    /** Whether the person holds the award for the year decided, or meets its standard. */
    public static boolean decidedOrMet(String award, int year, Facts person, Map<String, List<Condition>> ruleSet) {
        return person.awards().stream().anyMatch(a -> a.year() == year && a.awardCode().equals(award))
                || vn.thidua.commendation.internal.rules.Engine.meetsStandard(award, year, person, ruleSet);
    }

    /**
     * For a cap over the people of {@code profiles} (a unit with its subunits): how many hold each of {@code awards}
     * for the year decided or meet its standard, the titles of one year being considered together.
     */
    public Map<String, Integer> decidedOrMet(List<PersonYearProfile> profiles, int fromYear, int year, Set<String> awards,
                                             Map<String, List<Condition>> ruleSet) {
        Map<String, Integer> counts = new HashMap<>();
        awards.forEach(a -> counts.put(a, 0));
        for (int from = 0; from < profiles.size(); from += PER_QUERY) {
            List<PersonYearProfile> slice = profiles.subList(from, Math.min(profiles.size(), from + PER_QUERY));
            Set<String> codes = new HashSet<>();
            slice.forEach(p -> codes.add(p.code()));
            Map<String, List<Facts.HeldAward>> held = held(RecipientType.PERSON, codes, fromYear);
            Map<String, List<Facts.InitiativeFact>> found = initiatives(codes, fromYear, year);
            for (PersonYearProfile person : slice) {
                Facts facts = person(person, held.getOrDefault(person.code(), List.of()),
                        found.getOrDefault(person.code(), List.of()), new Facts.UnitCounts("", Map.of()));
                awards.stream().filter(a -> decidedOrMet(a, year, facts, ruleSet)).forEach(a -> counts.merge(a, 1, Integer::sum));
            }
        }
        return counts;
    }

    /** The members of a collective with their facts, read in a fixed number of queries. */
    public List<Facts.Member> members(List<PersonYearProfile> profiles, int fromYear, int year, Set<String> standards,
                                      Map<String, List<Condition>> ruleSet, Facts.UnitCounts counts) {
        Set<String> codes = new HashSet<>();
        profiles.forEach(p -> codes.add(p.code()));
        Map<String, List<Facts.HeldAward>> held = held(RecipientType.PERSON, codes, fromYear);
        Map<String, List<Facts.InitiativeFact>> found = standards.isEmpty() ? Map.of() : initiatives(codes, fromYear, year);
        List<Facts.Member> members = new ArrayList<>();
        for (PersonYearProfile person : profiles) {
            Facts facts = person(person, held.getOrDefault(person.code(), List.of()),
                    found.getOrDefault(person.code(), List.of()), counts);
            members.add(member(person, facts, year, standards, ruleSet));
        }
        return members;
    }
}
