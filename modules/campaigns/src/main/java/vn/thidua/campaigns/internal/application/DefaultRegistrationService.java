package vn.thidua.campaigns.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.thidua.campaigns.RegistrationService;
import vn.thidua.campaigns.RegistrationState;
import vn.thidua.campaigns.Registrations;
import vn.thidua.campaigns.internal.domain.Movement;
import vn.thidua.campaigns.internal.domain.Registration;
import vn.thidua.campaigns.internal.domain.RegistrationLine;
import vn.thidua.organisation.PersonDetails;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ProvinceClock;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.StaleVersionException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

@ApplicationScoped
@Transactional
public class DefaultRegistrationService implements RegistrationService {

    private static final String BUNDLE = Documents.BUNDLE;
    private static final int FIRST_YEAR = 2000;
    private static final Set<String> SUPERIOR_ROLES = Set.of(Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER);

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private UnitService units;
    @Inject private PersonService people;
    @Inject private UnitScope scope;
    @Inject private Caller caller;

    /**
     * The checks of a registration's content that need no database: the year, the titles for people and for the
     * collective, one title per person. Returns the violations found (none when the input is good).
     */
    static Checks checkContent(Registrations.RegistrationInput input) {
        Checks checks = new Checks();
        checks.code("unitCode", input.unitCode(), true);
        checks.year("year", input.year(), FIRST_YEAR, ProvinceClock.thisYear() + 1);
        checks.code("movementCode", input.movementCode(), false);
        String award = input.collectiveAward();
        if (award != null && !award.isBlank() && !Registrations.COLLECTIVE_TITLES.contains(award)) {
            checks.add(new Violation("collectiveAward", BUNDLE, "registration.notCollectiveTitle", award));
        }
        checks.optionalText("collectiveTarget", input.collectiveTarget(), 10_000);
        List<Registrations.Line> lines = Objects.requireNonNullElse(input.lines(), List.of());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Registrations.Line line = lines.get(i);
            String field = "lines";
            String person = checks.code(field, line.personCode(), true);
            if (line.awardCode() == null || !Registrations.PERSON_TITLES.contains(line.awardCode())) {
                checks.add(new Violation(field, BUNDLE, "registration.notPersonTitle", i + 1,
                        Objects.requireNonNullElse(line.awardCode(), "")));
            }
            if (person != null && !seen.add(person)) {
                checks.add(new Violation(field, BUNDLE, "registration.twice", person));
            }
        }
        if ((award == null || award.isBlank()) && lines.isEmpty()) {
            checks.add(new Violation("lines", BUNDLE, "registration.empty"));
        }
        return checks;
    }

    @Override
    public long save(Long id, Long expectedVersion, Registrations.RegistrationInput input) {
        Checks checks = checkContent(input);
        checks.throwIfAny();
        UnitDetails unit = units.findByCode(input.unitCode()).orElseThrow(() -> new UnknownRecordException(
                new Violation("unitCode", BUNDLE, "unit.unknown", input.unitCode())));
        String path = units.pathOf(unit.code()).orElseThrow();
        scope.checkWrite(path, "registration of " + unit.code());
        if (input.movementCode() != null && em.createNamedQuery("Movement.byCode", Movement.class)
                .setParameter("code", input.movementCode()).getResultList().isEmpty()) {
            throw new UnknownRecordException(new Violation("movementCode", BUNDLE, "movement.unknown", input.movementCode()));
        }
        List<RegistrationLine> resolved = new ArrayList<>();
        for (Registrations.Line line : Objects.requireNonNullElse(input.lines(), List.<Registrations.Line>of())) {
            PersonDetails person = people.findByCode(line.personCode(), false).orElse(null);
            String personPath = person == null ? null
                    : units.pathOf(person.memberships().get(person.memberships().size() - 1).unitCode()).orElse("");
            if (person == null) {
                checks.add(new Violation("lines", BUNDLE, "registration.unknownPerson", line.personCode()));
            } else if (!personPath.startsWith(path)) {
                checks.add(new Violation("lines", BUNDLE, "registration.notInUnit", person.fullName(), unit.name()));
            } else {
                resolved.add(new RegistrationLine(null, person.code(), person.fullName(), line.awardCode()));
            }
        }
        checks.throwIfAny();
        Registration registration;
        Map<String, Object> before = null;
        if (id == null) {
            boolean exists = em.createNamedQuery("Registration.of", Registration.class).setParameter("unit", unit.code())
                    .setParameter("year", input.year()).getResultStream()
                    .anyMatch(r -> Objects.equals(r.getMovementCode(), input.movementCode()));
            if (exists) {
                throw new ConflictException(new Violation("year", BUNDLE, "registration.exists", unit.name(), input.year()));
            }
            registration = new Registration(unit.code(), path, input.year(), input.movementCode(), RegistrationState.DRAFT,
                    DefaultMovementService.now(), actor());
            em.persist(registration);
        } else {
            registration = registration(id);
            if (!registration.getUnitCode().equals(unit.code()) || registration.getYear() != input.year().intValue()
                    || !Objects.equals(registration.getMovementCode(), input.movementCode())) {
                throw new ConflictException(new Violation("unitCode", BUNDLE, "registration.otherUnit"));
            }
            expect(registration, expectedVersion);
            if (!registration.getState().editable()) {
                throw new ConflictException(new Violation("state", BUNDLE, "registration.notEditable"));
            }
            before = values(registration, lines(registration.getId()));
            em.createQuery("delete from RegistrationLine l where l.registrationId = :id")
                    .setParameter("id", registration.getId()).executeUpdate();
        }
        registration.setCollectiveAward(input.collectiveAward() == null || input.collectiveAward().isBlank() ? null
                : input.collectiveAward());
        registration.setCollectiveTarget(input.collectiveTarget() == null ? null : input.collectiveTarget().strip());
        em.flush();
        List<RegistrationLine> stored = new ArrayList<>();
        for (RegistrationLine line : resolved) {
            RegistrationLine row = new RegistrationLine(registration.getId(), line.getPersonCode(), line.getPersonName(),
                    line.getAwardCode());
            em.persist(row);
            stored.add(row);
        }
        em.flush();
        auditTrail.recordIn(path, "Registration", registration.getId(), before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                before, values(registration, stored));
        return registration.getId();
    }

    private static Map<String, Object> values(Registration r, List<RegistrationLine> lines) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("unitCode", r.getUnitCode());
        values.put("year", r.getYear());
        values.put("movementCode", r.getMovementCode());
        values.put("collectiveAward", r.getCollectiveAward());
        values.put("collectiveTarget", r.getCollectiveTarget());
        values.put("state", r.getState());
        values.put("lines", String.join(",", lines.stream().map(l -> l.getPersonCode() + "=" + l.getAwardCode()).toList()));
        return values;
    }

    @Override
    public RegistrationState submit(long id, long expectedVersion) {
        Registration registration = registration(id);
        scope.checkWrite(registration.getUnitPath(), "registration " + id);
        expect(registration, expectedVersion);
        if (!registration.getState().editable()) {
            throw new ConflictException(new Violation("state", BUNDLE, "registration.notEditable"));
        }
        registration.setSubmittedAt(DefaultMovementService.now());
        registration.setSubmittedBy(actor());
        return move(registration, RegistrationState.SUBMITTED, null);
    }

    @Override
    public RegistrationState receive(long id, long expectedVersion) {
        Registration registration = decidable(id, expectedVersion);
        return move(registration, RegistrationState.RECEIVED, null);
    }

    @Override
    public RegistrationState returnToUnit(long id, long expectedVersion, String reason) {
        Checks checks = new Checks();
        String text = checks.requiredText("reason", reason, 10_000);
        checks.throwIfAny();
        Registration registration = decidable(id, expectedVersion);
        return move(registration, RegistrationState.RETURNED, text);
    }

    private Registration decidable(long id, long expectedVersion) {
        Registration registration = registration(id);
        if (!maySuperviseOf(registration)) {
            throw new vn.thidua.platform.AccessDeniedException("registration " + id);
        }
        expect(registration, expectedVersion);
        if (registration.getState() != RegistrationState.SUBMITTED) {
            throw new ConflictException(new Violation("state", BUNDLE, "registration.notSubmitted"));
        }
        return registration;
    }

    /** The superior unit's officers (or the office's specialists above it) receive and return. */
    private boolean maySuperviseOf(Registration registration) {
        String path = registration.getUnitPath();
        String trimmed = path.substring(0, path.length() - 1);
        int slash = trimmed.lastIndexOf('/');
        String parent = slash > 0 ? trimmed.substring(0, slash + 1) : null;
        return parent != null ? scope.hasRoleOn(parent, SUPERIOR_ROLES)
                : scope.hasRoleOn(path, Set.of(Roles.ADMIN, Roles.SPECIALIST));
    }

    private RegistrationState move(Registration registration, RegistrationState to, String reason) {
        RegistrationState from = registration.getState();
        registration.setState(to);
        if (to != RegistrationState.SUBMITTED) {
            registration.setDecidedAt(DefaultMovementService.now());
            registration.setDecidedBy(actor());
        }
        registration.setReturnReason(reason);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", to);
        after.put("reason", reason);
        auditTrail.recordIn(registration.getUnitPath(), "Registration", registration.getId(), AuditAction.UPDATE,
                Map.of("state", from), after);
        return to;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Registrations.RegistrationDetails find(long id) {
        Registration registration = registration(id);
        scope.checkRead(registration.getUnitPath(), "registration " + id);
        return view(registration);
    }

    private Registrations.RegistrationDetails view(Registration r) {
        return view(r, lines(r.getId()), units.namesOf(List.of(r.getUnitCode())));
    }

    /** The registrations of a list with their lines and unit names in two reads, whatever their number. */
    private List<Registrations.RegistrationDetails> views(List<Registration> registrations) {
        if (registrations.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RegistrationLine>> lines = new java.util.HashMap<>();
        em.createQuery("select l from RegistrationLine l where l.registrationId in :ids order by l.personName, l.id", RegistrationLine.class)
                .setParameter("ids", registrations.stream().map(Registration::getId).toList()).getResultList()
                .forEach(l -> lines.computeIfAbsent(l.getRegistrationId(), k -> new ArrayList<>()).add(l));
        Map<String, String> names = units.namesOf(registrations.stream().map(Registration::getUnitCode).distinct().toList());
        return registrations.stream().map(r -> view(r, lines.getOrDefault(r.getId(), List.of()), names)).toList();
    }

    private Registrations.RegistrationDetails view(Registration r, List<RegistrationLine> registrationLines,
                                                Map<String, String> names) {
        List<Registrations.LineDetails> lines = registrationLines.stream()
                .map(l -> new Registrations.LineDetails(l.getPersonCode(), l.getPersonName(), l.getAwardCode())).toList();
        return new Registrations.RegistrationDetails(r.getId(), r.getUnitCode(),
                names.getOrDefault(r.getUnitCode(), r.getUnitCode()), r.getYear(),
                r.getMovementCode(), r.getCollectiveAward(), r.getCollectiveTarget(), r.getState(), r.getReturnReason(),
                r.getSubmittedAt(), r.getSubmittedBy(), r.getDecidedBy(), r.getVersion(), lines,
                r.getState().editable() && scope.canWrite(r.getUnitPath()),
                r.getState() == RegistrationState.SUBMITTED && maySuperviseOf(r));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registrations.RegistrationDetails> list(int max) {
        return views(em.createNamedQuery("Registration.latest", Registration.class).setMaxResults(max * 4).getResultStream()
                .filter(r -> scope.canRead(r.getUnitPath()) || maySuperviseOf(r)).limit(max).toList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registrations.RegistrationDetails> waiting(int max) {
        return views(em.createQuery("select r from Registration r where r.state in :states order by r.year desc, r.id desc",
                        Registration.class)
                .setParameter("states", List.of(RegistrationState.SUBMITTED, RegistrationState.RETURNED))
                .setMaxResults(max * 20).getResultStream()
                .filter(r -> r.getState() == RegistrationState.SUBMITTED ? maySuperviseOf(r) : scope.canWrite(r.getUnitPath()))
                .limit(max).toList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registrations.RegistrationDetails> ofMovement(String movementCode, int max) {
        return views(em.createQuery("select r from Registration r where r.movementCode = :movement order by r.unitCode",
                        Registration.class).setParameter("movement", movementCode).setMaxResults(max * 4).getResultStream()
                .filter(r -> scope.canRead(r.getUnitPath()) || maySuperviseOf(r)).limit(max).toList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<String>> registeredTitles(boolean collective, String code, int year) {
        List<String> titles = collective
                ? em.createQuery("select r.collectiveAward from Registration r where r.unitCode = :code and r.year = :year"
                        + " and r.state in :states", String.class).setParameter("code", code).setParameter("year", year)
                .setParameter("states", List.of(RegistrationState.SUBMITTED, RegistrationState.RECEIVED)).getResultList()
                : em.createQuery("select l.awardCode from RegistrationLine l, Registration r where l.registrationId = r.id"
                        + " and l.personCode = :code and r.year = :year and r.state in :states", String.class)
                .setParameter("code", code).setParameter("year", year)
                .setParameter("states", List.of(RegistrationState.SUBMITTED, RegistrationState.RECEIVED)).getResultList();
        List<String> known = titles.stream().filter(Objects::nonNull).distinct().toList();
        return known.isEmpty() ? Optional.empty() : Optional.of(known);
    }

    private List<RegistrationLine> lines(long registrationId) {
        return em.createNamedQuery("RegistrationLine.of", RegistrationLine.class).setParameter("registration", registrationId)
                .getResultList();
    }

    private Registration registration(long id) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null) {
            throw new UnknownRecordException(new Violation("id", BUNDLE, "registration.unknown", id));
        }
        return registration;
    }

    private static void expect(Registration registration, Long expectedVersion) {
        if (expectedVersion != null && registration.getVersion() != expectedVersion) {
            throw new StaleVersionException("registration " + registration.getId());
        }
    }

    private String actor() {
        return Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM);
    }
}
