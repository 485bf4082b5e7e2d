package vn.thidua.organisation;

import java.util.List;
import java.util.Optional;
import vn.thidua.platform.Page;

/** People, their memberships, ratings and discipline, as published to the other modules, screens and API. */
public interface PersonService {

    /**
     * The person, if the caller may read them. The citizen identity number is shown only to roles that need it
     * and only when {@code revealCitizenId} asks for it; every such reading is audited (Decree 13/2023).
     */
    Optional<PersonDetails> findByCode(String code, boolean revealCitizenId);

    /**
     * Creates or updates a person. A unit other than the current one starts a new membership; the history is
     * kept. {@code expectedVersion}, when given, must be the stored version.
     */
    Saved<PersonDetails> save(String code, PersonInput input, Long expectedVersion);

    /** A page of the people the caller may read, searched ignoring case and diacritics. */
    Page<PersonSummary> search(PersonQuery query);

    /** How many people the search finds (for lazy lists, which ask for the count and the rows apart). */
    long count(PersonQuery query);

    /** The rows of one page of the search, without counting them all. */
    List<PersonSummary> list(PersonQuery query);

    /** The same page with the search's total already counted: a page past the middle is read from the other end. */
    List<PersonSummary> list(PersonQuery query, long total);

    /**
     * Merges a duplicate record into the survivor: memberships, ratings and discipline move over, the duplicate
     * stays as a pointer to the survivor; audited.
     */
    PersonDetails merge(String duplicateCode, String survivorCode);

    List<YearRating> ratings(String code);

    YearRating rate(String code, int year, Rating rating);

    List<DisciplineRecord> disciplines(String code);

    DisciplineRecord addDiscipline(String code, DisciplineInput input);

    /**
     * True when the caller holds, on the person's unit, a role that needs citizen identity numbers (administrator,
     * specialist, integration): a role held elsewhere does not count.
     */
    /** True when the caller may change this person's record (a person not yet recorded: when it may create one). */
    boolean mayWrite(String code);

    boolean mayReadCitizenIdOf(String code);

    /** The codes of the people whose unit (not its subunits) is {@code unitCode} on {@code date}. */
    List<String> memberCodes(String unitCode, java.time.LocalDate date);

    /**
     * The name, rating and discipline in {@code year} of each of the people named, read in a fixed number of
     * queries (for the rules over a collective's members). Callers have checked that they may read them.
     */
    java.util.Map<String, YearFacts> yearFacts(java.util.Collection<String> codes, int year);

    /**
     * The people who belong to the units named (not their subunits) on 31 December of {@code year}, with their
     * ratings and discipline from {@code fromYear} to {@code year}, in a fixed number of queries (the set-wise
     * pre-screening calls it for a batch of units at a time). Refused when a unit is outside the caller's scope.
     */
    List<PersonYearProfile> memberProfiles(java.util.Collection<String> unitCodes, int fromYear, int year);

    /**
     * The members of a collective for the rules over its members (RULES.md §5), as {@link #memberProfiles}: its own
     * people on 31 December of {@code year}, or with its subunits' people where the unit's {@link MemberCount} says so.
     */
    List<PersonYearProfile> collectiveMemberProfiles(String unitCode, int fromYear, int year);

    /** The names of these records by code, in one query (unknown codes left out); callers have already scoped what they show. */
    java.util.Map<String, String> namesOf(java.util.Collection<String> codes);

    /**
     * The citizen identity numbers of these people (those that have one), for the exchange with the national
     * databases: only for roles that may read them, within the caller's units, each read recorded in the audit trail.
     */
    java.util.Map<String, String> citizenIdsOf(java.util.Collection<String> codes);
}
