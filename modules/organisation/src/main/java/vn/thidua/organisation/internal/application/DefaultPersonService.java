package vn.thidua.organisation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.thidua.organisation.DisciplineInput;
import vn.thidua.organisation.DisciplineRecord;
import vn.thidua.organisation.Membership;
import vn.thidua.organisation.PersonDetails;
import vn.thidua.organisation.PersonInput;
import vn.thidua.organisation.PersonQuery;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.PersonSummary;
import vn.thidua.organisation.Rating;
import vn.thidua.organisation.Saved;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.YearRating;
import vn.thidua.organisation.internal.domain.Discipline;
import vn.thidua.organisation.internal.domain.MembershipPeriod;
import vn.thidua.organisation.internal.domain.Person;
import vn.thidua.organisation.internal.domain.PersonRating;
import vn.thidua.organisation.internal.domain.Unit;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Page;
import vn.thidua.platform.Roles;
import vn.thidua.platform.SearchText;
import vn.thidua.platform.StaleVersionException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.ProvinceClock;

@ApplicationScoped
@Transactional
public class DefaultPersonService implements PersonService {

    static final String AUDIT_ENTITY = "Person";
    private static final String BUNDLE = Person.BUNDLE;
    private static final int MAX_PAGE_SIZE = 500;

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private UnitScope scope;
    @Inject private Caller caller;
    @Inject private DefaultUnitService units;

    @Override
    public Optional<PersonDetails> findByCode(String code, boolean revealCitizenId) {
        Optional<Person> person = find(code);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        scope.checkRead(pathOf(person.get()), "person " + code);
        boolean reveal = revealCitizenId && scope.hasRoleOn(pathOf(person.get()), CITIZEN_ID_READERS)
                && person.get().getCitizenId() != null;
        if (reveal) {
            auditTrail.recordPersonalDataRead(pathOf(person.get()), AUDIT_ENTITY, person.get().getId(), "citizenId");
        }
        return Optional.of(details(person.get(), reveal));
    }

    @Override
    public boolean mayReadCitizenIdOf(String code) {
        return find(code).map(person -> scope.hasRoleOn(pathOf(person), CITIZEN_ID_READERS)).orElse(false);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayWrite(String code) {
        return code == null || code.isBlank() ? !scope.pathsWith(PERSON_WRITERS).isEmpty()
                : find(code).map(person -> scope.canWrite(pathOf(person))).orElse(!scope.pathsWith(PERSON_WRITERS).isEmpty());
    }

    /** The roles that write organisation data (UnitScope's writers). */
    private static final java.util.Set<String> PERSON_WRITERS = java.util.Set.of(Roles.ADMIN, Roles.SPECIALIST,
            Roles.INTEGRATION, Roles.UNIT_OFFICER);

    /** The roles whose work needs citizen identity numbers, each on the unit of the person at hand. */
    private static final java.util.Set<String> CITIZEN_ID_READERS = java.util.Set.of(Roles.ADMIN, Roles.SPECIALIST,
            Roles.INTEGRATION);

    @Override
    public Saved<PersonDetails> save(String code, PersonInput input, Long expectedVersion) {
        Optional<Person> stored = find(code);
        if (stored.isPresent() && input.citizenId() != null && stored.get().getCitizenId() != null
                && input.citizenId().equals(mask(stored.get().getCitizenId()))) {
            input = new PersonInput(input.fullName(), input.unitCode(), input.unitSince(), input.gender(),
                    input.birthDate(), input.positionCategory(), input.startDate(), stored.get().getCitizenId());
        }
        Checks checks = new Checks();
        checks.require(input.fullName() != null, Violation.of("fullName", "required"));
        checks.require(input.gender() != null, Violation.of("gender", "required"));
        checks.require(input.positionCategory() != null, Violation.of("positionCategory", "required"));
        checks.require(input.unitCode() != null, Violation.of("unitCode", "required"));
        if (input.citizenId() != null && !input.citizenId().matches("\\d{12}")) {
            checks.add(new Violation("citizenId", BUNDLE, "person.citizenIdSyntax"));
        }
        LocalDate today = ProvinceClock.today();
        if (input.birthDate() != null && input.birthDate().isAfter(today)) {
            checks.add(new Violation("birthDate", BUNDLE, "person.birthInFuture"));
        }
        if (input.birthDate() != null && input.startDate() != null && input.startDate().isBefore(input.birthDate())) {
            checks.add(new Violation("startDate", BUNDLE, "person.startBeforeBirth"));
        }
        Unit unit = null;
        if (input.unitCode() != null) {
            unit = units.find(input.unitCode()).orElse(null);
            checks.require(unit != null, new Violation("unitCode", BUNDLE, "unit.notFound", input.unitCode()));
            if (unit != null && unit.getValidTo() != null && unit.getValidTo().isBefore(today)) {
                checks.add(new Violation("unitCode", BUNDLE, "person.unitEnded", input.unitCode()));
            }
        }
        checks.throwIfAny();
        if (input.citizenId() != null && em.createNamedQuery("Person.countByCitizenId", Long.class)
                .setParameter("citizenId", input.citizenId()).setParameter("code", code).getSingleResult() > 0) {
            throw new InvalidInputException(new Violation("citizenId", BUNDLE, "person.citizenIdTaken"));
        }
        LocalDate since = input.unitSince() != null ? input.unitSince() : today;

        Optional<Person> existing = stored;
        if (existing.isEmpty()) {
            scope.checkWrite(unit.getPath(), "person " + code);
            Person person = new Person(code);
            person.update(input.fullName(), input.gender(), input.birthDate(), input.positionCategory(),
                    input.startDate(), input.citizenId());
            person.transferTo(unit, since);
            em.persist(person);
            em.flush();
            auditTrail.recordIn(pathOf(person), AUDIT_ENTITY, person.getId(), AuditAction.CREATE, null, person.auditValues());
            return new Saved<>(details(person, false), true);
        }
        Person person = existing.get();
        if (person.getMergedInto() != null) {
            throw new ConflictException(new Violation("code", BUNDLE, "person.merged", code,
                    person.getMergedInto().getCode()));
        }
        if (expectedVersion != null && expectedVersion != person.getVersion()) {
            throw new StaleVersionException("person " + code);
        }
        scope.checkWrite(pathOf(person), "person " + code);
        Map<String, Object> before = person.auditValues();
        person.update(input.fullName(), input.gender(), input.birthDate(), input.positionCategory(),
                input.startDate(), input.citizenId());
        Unit target = unit;
        boolean moving = person.currentMembership().map(m -> m.getUnit() != target).orElse(true);
        if (moving) {
            scope.checkWrite(unit.getPath(), "person " + code);
            person.transferTo(unit, since).ifPresent(em::persist);
        }
        Map<String, Object> after = person.auditValues();
        if (!before.equals(after) || moving) {
            em.flush();
            auditTrail.recordIn(pathOf(person), AUDIT_ENTITY, person.getId(), AuditAction.UPDATE, before, after);
        }
        return new Saved<>(details(person, false), false);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonSummary> search(PersonQuery query) {
        long total = count(query);
        return new Page<>(list(query, total), total, Math.max(0, query.page()), pageSize(query));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(PersonQuery query) {
        SearchQuery search = searchQuery(query);
        if (search == null) {
            return 0;
        }
        TypedQuery<Long> count = em.createQuery("select count(p)" + search.from() + search.where(), Long.class);
        search.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonSummary> list(PersonQuery query) {
        return list(query, -1);
    }

    /**
     * A page of the search. With the total known, a page in the second half is read from the other end (the exact
     * reverse order, a short offset, then turned round): the last page of 200,000 people sorts 50 rows, not all.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonSummary> list(PersonQuery query, long total) {
        SearchQuery search = searchQuery(query);
        if (search == null) {
            return List.of();
        }
        int size = pageSize(query);
        long first = (long) Math.max(0, query.page()) * size;
        if (total >= 0 && first >= total) {
            return List.of();
        }
        boolean fromTheEnd = total >= 0 && first > total / 2;
        boolean ascending = query.ascending() != fromTheEnd;
        String direction = ascending ? " asc" : " desc";
        String tieBreak = fromTheEnd ? " desc" : " asc";
        // The same order on H2 and PostgreSQL: people without a birth date come last either way (first, read backwards).
        String order = switch (query.sort() == null ? PersonQuery.PersonSort.NAME : query.sort()) {
            case CODE -> " order by p.code" + direction;
            case BIRTH_DATE -> " order by p.birthDate" + direction + (fromTheEnd ? " nulls first" : " nulls last")
                    + ", p.code" + tieBreak;
            case NAME -> " order by p.searchName" + direction + ", p.code" + tieBreak;
        };
        TypedQuery<PersonSummary> items = em.createQuery("select new vn.thidua.organisation.PersonSummary("
                + "p.code, p.fullName, p.gender, p.birthDate, p.positionCategory, u.code, u.name)"
                + search.from() + search.where() + order, PersonSummary.class);
        search.parameters().forEach(items::setParameter);
        if (!fromTheEnd) {
            return items.setFirstResult((int) first).setMaxResults(size).getResultList();
        }
        long end = Math.min(total, first + size);
        List<PersonSummary> page = new ArrayList<>(items.setFirstResult((int) (total - end))
                .setMaxResults((int) (end - first)).getResultList());
        java.util.Collections.reverse(page);
        return page;
    }

    private static int pageSize(PersonQuery query) {
        return Math.max(1, Math.min(query.size(), MAX_PAGE_SIZE));
    }

    private record SearchQuery(String from, String where, Map<String, Object> parameters) {
    }

    /** The from and where clauses of a search within the caller's scope; null when the caller reads nothing. */
    private SearchQuery searchQuery(PersonQuery query) {
        StringBuilder where = new StringBuilder(" where p.mergedInto is null");
        Map<String, Object> parameters = new HashMap<>();
        String text = SearchText.normalise(query.text()).replace("%", "");
        if (!text.isEmpty()) {
            where.append(" and (p.searchName like :text or lower(p.code) like :text)");
            parameters.put("text", "%" + text + "%");
        }
        if (query.unitCode() != null && !query.unitCode().isBlank()) {
            String path = units.find(query.unitCode()).map(Unit::getPath).orElseThrow(() ->
                    new UnknownRecordException(new Violation("unit", BUNDLE, "unit.notFound", query.unitCode())));
            where.append(" and u.path like :subtree");
            parameters.put("subtree", path + "%");
        }
        if (!scope.readsEverything()) {
            List<String> paths = scope.readablePaths();
            if (paths.isEmpty()) {
                return null;
            }
            where.append(" and (");
            for (int i = 0; i < paths.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("u.path like :scope").append(i);
                parameters.put("scope" + i, paths.get(i) + "%");
            }
            where.append(")");
        }
        return new SearchQuery(" from Person p left join p.memberships m on m.validTo is null left join m.unit u",
                where.toString(), parameters);
    }

    @Override
    public PersonDetails merge(String duplicateCode, String survivorCode) {
        Person duplicate = require(duplicateCode, "duplicateCode");
        Person survivor = require(survivorCode, "survivorCode");
        if (survivor.getMergedInto() != null) {
            throw new InvalidInputException(new Violation("survivorCode", BUNDLE, "person.mergeInvalid"));
        }
        scope.checkWrite(pathOf(duplicate), "person " + duplicateCode);
        scope.checkWrite(pathOf(survivor), "person " + survivorCode);
        Map<String, Object> survivorBefore = survivor.auditValues();
        Map<String, Object> duplicateBefore = duplicate.auditValues();

        Map<Integer, PersonRating> kept = new HashMap<>();
        em.createNamedQuery("PersonRating.allOf", PersonRating.class).setParameter("person", survivor)
                .getResultList().forEach(r -> kept.put(r.getYear(), r));
        List<Integer> conflictingYears = new ArrayList<>();
        for (PersonRating rating : em.createNamedQuery("PersonRating.allOf", PersonRating.class)
                .setParameter("person", duplicate).getResultList()) {
            if (kept.containsKey(rating.getYear())) {
                conflictingYears.add(rating.getYear());
            } else {
                rating.moveTo(survivor);
            }
        }
        em.createNamedQuery("Discipline.allOf", Discipline.class).setParameter("person", duplicate)
                .getResultList().forEach(d -> d.moveTo(survivor));
        survivor.absorb(duplicate);
        em.flush();

        Map<String, Object> after = new LinkedHashMap<>(survivor.auditValues());
        after.put("absorbed", duplicateCode);
        after.put("ratingYearsKeptFromSurvivor", conflictingYears.toString());
        auditTrail.recordIn(pathOf(survivor), AUDIT_ENTITY, survivor.getId(), AuditAction.MERGE, survivorBefore, after);
        auditTrail.recordIn(pathOf(survivor), AUDIT_ENTITY, duplicate.getId(), AuditAction.MERGE, duplicateBefore, duplicate.auditValues());
        return details(survivor, false);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<YearRating> ratings(String code) {
        Person person = readable(code);
        return em.createNamedQuery("PersonRating.of", YearRating.class).setParameter("person", person).getResultList();
    }

    @Override
    public YearRating rate(String code, int year, Rating rating) {
        Checks checks = new Checks();
        Ratings.checkYear(checks, year);
        checks.require(rating != null, Violation.of("rating", "required"));
        checks.throwIfAny();
        Person person = writable(code);
        List<PersonRating> existing = em.createNamedQuery("PersonRating.byYear", PersonRating.class)
                .setParameter("person", person).setParameter("year", year).getResultList();
        if (existing.isEmpty()) {
            PersonRating created = new PersonRating(person, year, rating);
            em.persist(created);
            em.flush();
            auditTrail.recordIn(pathOf(person), "PersonRating", created.getId(), AuditAction.CREATE, null,
                    Map.of("personCode", code, "year", year, "rating", rating));
        } else if (existing.get(0).getRating() != rating) {
            PersonRating changed = existing.get(0);
            Rating before = changed.getRating();
            changed.change(rating);
            auditTrail.recordIn(pathOf(person), "PersonRating", changed.getId(), AuditAction.UPDATE,
                    Map.of("personCode", code, "year", year, "rating", before),
                    Map.of("personCode", code, "year", year, "rating", rating));
        }
        return new YearRating(year, rating);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DisciplineRecord> disciplines(String code) {
        Person person = readable(code);
        return em.createNamedQuery("Discipline.of", DisciplineRecord.class).setParameter("person", person)
                .getResultList();
    }

    @Override
    public DisciplineRecord addDiscipline(String code, DisciplineInput input) {
        Checks checks = new Checks();
        checks.require(input.level() != null, Violation.of("level", "required"));
        Ratings.checkYear(checks, input.year());
        String decisionNumber = checks.requiredText("decisionNumber", input.decisionNumber(), 128);
        checks.require(input.decisionDate() != null, Violation.of("decisionDate", "required"));
        checks.throwIfAny();
        Person person = writable(code);
        Discipline discipline = new Discipline(person, input.level(), input.year(), decisionNumber,
                input.decisionDate(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM));
        em.persist(discipline);
        em.flush();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("personCode", code);
        values.put("level", input.level());
        values.put("year", input.year());
        values.put("decisionNumber", decisionNumber);
        values.put("decisionDate", input.decisionDate());
        auditTrail.recordIn(pathOf(person), "Discipline", discipline.getId(), AuditAction.CREATE, null, values);
        return new DisciplineRecord(discipline.getId(), discipline.getLevel(), discipline.getYear(),
                discipline.getDecisionNumber(), discipline.getDecisionDate());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> memberCodes(String unitCode, LocalDate date) {
        Unit unit = units.find(unitCode).orElseThrow(() -> new UnknownRecordException(
                new Violation("unitCode", BUNDLE, "unit.notFound", unitCode)));
        scope.checkRead(unit.getPath(), "members of " + unitCode);
        return em.createQuery("select distinct m.person.code from MembershipPeriod m where m.unit = :unit"
                        + " and m.validFrom <= :date and (m.validTo is null or m.validTo >= :date)"
                        + " and m.person.mergedInto is null order by m.person.code", String.class)
                .setParameter("unit", unit).setParameter("date", date).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<vn.thidua.organisation.PersonYearProfile> collectiveMemberProfiles(String unitCode, int fromYear, int year) {
        Unit unit = units.find(unitCode).orElseThrow(() -> new UnknownRecordException(
                new Violation("unitCode", BUNDLE, "unit.notFound", unitCode)));
        List<vn.thidua.organisation.PersonYearProfile> own = memberProfiles(List.of(unitCode), fromYear, year);
        if (!unit.getMemberCount().countsSubunits(!own.isEmpty())) {
            return own;
        }
        List<String> subtree = em.createQuery("select u.code from Unit u where u.path like :prefix"
                        + " and (u.validFrom is null or u.validFrom <= :date) and (u.validTo is null or u.validTo >= :date)",
                        String.class).setParameter("prefix", unit.getPath() + "%")
                .setParameter("date", LocalDate.of(year, 12, 31)).getResultList();
        return memberProfiles(subtree, fromYear, year);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, vn.thidua.organisation.YearFacts> yearFacts(java.util.Collection<String> codes, int year) {
        Map<String, vn.thidua.organisation.YearFacts> facts = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return facts;
        }
        Map<String, Rating> ratings = new HashMap<>();
        em.createQuery("select r.person.code, r.rating from PersonRating r where r.person.code in :codes"
                        + " and r.year = :year", Object[].class).setParameter("codes", codes).setParameter("year", year)
                .getResultList().forEach(row -> ratings.put((String) row[0], (Rating) row[1]));
        Map<String, List<vn.thidua.organisation.DisciplineLevel>> disciplines = new HashMap<>();
        em.createQuery("select d.person.code, d.level from Discipline d where d.person.code in :codes"
                        + " and d.year = :year", Object[].class).setParameter("codes", codes).setParameter("year", year)
                .getResultList().forEach(row -> disciplines.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                        .add((vn.thidua.organisation.DisciplineLevel) row[1]));
        em.createQuery("select p.code, p.fullName from Person p where p.code in :codes order by p.code", Object[].class)
                .setParameter("codes", codes).getResultList()
                .forEach(row -> facts.put((String) row[0], new vn.thidua.organisation.YearFacts((String) row[1],
                        ratings.get((String) row[0]), disciplines.getOrDefault((String) row[0], List.of()))));
        return facts;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<vn.thidua.organisation.PersonYearProfile> memberProfiles(java.util.Collection<String> unitCodes,
                                                                       int fromYear, int year) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        List<String> paths = em.createQuery("select u.path from Unit u where u.code in :codes", String.class)
                .setParameter("codes", unitCodes).getResultList();
        paths.forEach(path -> scope.checkRead(path, "members of " + path));
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        String members = "select m.person from MembershipPeriod m where m.unit.code in :codes and m.validFrom <= :date"
                + " and (m.validTo is null or m.validTo >= :date)";
        Map<String, Map<Integer, Rating>> ratings = new HashMap<>();
        em.createQuery("select r.person.code, r.year, r.rating from PersonRating r where r.person in (" + members
                        + ") and r.year between :from and :to", Object[].class)
                .setParameter("codes", unitCodes).setParameter("date", endOfYear).setParameter("from", fromYear)
                .setParameter("to", year).getResultList()
                .forEach(row -> ratings.computeIfAbsent((String) row[0], k -> new HashMap<>())
                        .put((Integer) row[1], (Rating) row[2]));
        Map<String, Map<Integer, List<vn.thidua.organisation.DisciplineLevel>>> disciplines = new HashMap<>();
        em.createQuery("select d.person.code, d.year, d.level from Discipline d where d.person in (" + members
                        + ") and d.year between :from and :to", Object[].class)
                .setParameter("codes", unitCodes).setParameter("date", endOfYear).setParameter("from", fromYear)
                .setParameter("to", year).getResultList()
                .forEach(row -> disciplines.computeIfAbsent((String) row[0], k -> new HashMap<>())
                        .computeIfAbsent((Integer) row[1], k -> new ArrayList<>())
                        .add((vn.thidua.organisation.DisciplineLevel) row[2]));
        // Without a recorded start of work, the first membership stands for it (as in the single evaluation).
        Map<String, LocalDate> firstMemberships = new HashMap<>();
        em.createQuery("select f.person.code, min(f.validFrom) from MembershipPeriod f where f.person in (" + members
                        + ") and f.person.startDate is null group by f.person.code", Object[].class)
                .setParameter("codes", unitCodes).setParameter("date", endOfYear).getResultList()
                .forEach(row -> firstMemberships.put((String) row[0], (LocalDate) row[1]));
        List<vn.thidua.organisation.PersonYearProfile> profiles = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        em.createQuery("select p.code, p.fullName, m.unit.code, p.startDate from MembershipPeriod m join m.person p"
                        + " where m.unit.code in :codes and m.validFrom <= :date and (m.validTo is null or m.validTo >= :date)"
                        + " and p.mergedInto is null order by m.unit.path, p.code", Object[].class)
                .setParameter("codes", unitCodes).setParameter("date", endOfYear).getResultStream()
                .filter(row -> seen.add((String) row[0]))
                .forEach(row -> {
                    String code = (String) row[0];
                    profiles.add(new vn.thidua.organisation.PersonYearProfile(code, (String) row[1], (String) row[2],
                            row[3] != null ? (LocalDate) row[3] : firstMemberships.get(code),
                            ratings.getOrDefault(code, Map.of()), disciplines.getOrDefault(code, Map.of())));
                });
        return profiles;
    }

    private Person readable(String code) {
        Person person = require(code, "code");
        scope.checkRead(pathOf(person), "person " + code);
        return person;
    }

    private Person writable(String code) {
        Person person = require(code, "code");
        scope.checkWrite(pathOf(person), "person " + code);
        return person;
    }

    /** Where the person's records belong: the current unit, else the last one. */
    static String pathOf(Person person) {
        List<MembershipPeriod> memberships = person.getMemberships();
        return person.currentMembership().map(m -> m.getUnit().getPath())
                .orElse(memberships.isEmpty() ? "/" : memberships.get(memberships.size() - 1).getUnit().getPath());
    }

    Person require(String code, String field) {
        return find(code).orElseThrow(() -> new UnknownRecordException(
                new Violation(field, BUNDLE, "person.notFound", code)));
    }

    Optional<Person> find(String code) {
        return em.createNamedQuery("Person.byCode", Person.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    static String mask(String citizenId) {
        return citizenId == null ? null : "*".repeat(citizenId.length() - 3) + citizenId.substring(citizenId.length() - 3);
    }

    private PersonDetails details(Person person, boolean revealCitizenId) {
        List<Membership> memberships = person.getMemberships().stream()
                .map(m -> new Membership(m.getUnit().getCode(), m.getUnit().getName(), m.getValidFrom(), m.getValidTo()))
                .toList();
        String citizenId = revealCitizenId ? person.getCitizenId() : mask(person.getCitizenId());
        return new PersonDetails(person.getCode(), person.getFullName(), person.getGender(), person.getBirthDate(),
                person.getPositionCategory(), person.getStartDate(), citizenId,
                !revealCitizenId && person.getCitizenId() != null, memberships, person.getVersion(),
                person.getMergedInto() == null ? null : person.getMergedInto().getCode());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> namesOf(java.util.Collection<String> codes) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("select x.code, x.fullName from Person x where x.code in :codes", Object[].class)
                    .setParameter("codes", codes).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    @Transactional
    public java.util.Map<String, String> citizenIdsOf(java.util.Collection<String> codes) {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        if (codes.isEmpty() || scope.pathsWith(CITIZEN_ID_READERS).isEmpty()) {
            return ids;
        }
        for (Person person : em.createQuery("select p from Person p where p.code in :codes and p.citizenId is not null",
                Person.class).setParameter("codes", codes).getResultList()) {
            String path = pathOf(person);
            if (scope.hasRoleOn(path, CITIZEN_ID_READERS)) {
                auditTrail.recordPersonalDataRead(path, AUDIT_ENTITY, person.getId(), "citizenId");
                ids.put(person.getCode(), person.getCitizenId());
            }
        }
        return ids;
    }
}
