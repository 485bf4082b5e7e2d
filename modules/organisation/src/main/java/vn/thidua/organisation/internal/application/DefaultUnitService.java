package vn.thidua.organisation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.thidua.organisation.Rating;
import vn.thidua.organisation.Saved;
import vn.thidua.organisation.UnitChange;
import vn.thidua.organisation.UnitChangeKind;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitInput;
import vn.thidua.organisation.UnitKind;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.organisation.YearRating;
import vn.thidua.organisation.internal.domain.Household;
import vn.thidua.organisation.internal.domain.MembershipPeriod;
import vn.thidua.organisation.internal.domain.Person;
import vn.thidua.organisation.internal.domain.Unit;
import vn.thidua.organisation.internal.domain.UnitChangeEvent;
import vn.thidua.organisation.internal.domain.UnitRating;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.SearchText;
import vn.thidua.platform.StaleVersionException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

@ApplicationScoped
@Transactional
public class DefaultUnitService implements UnitService {

    static final String AUDIT_ENTITY = "Unit";
    private static final String BUNDLE = Person.BUNDLE;

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private UnitScope scope;
    @Inject private Caller caller;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitDetails> findByCode(String code) {
        Optional<Unit> unit = find(code);
        unit.ifPresent(u -> scope.checkRead(u.getPath(), "unit " + code));
        return unit.map(this::details);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitDetails> rootUnit() {
        return em.createNamedQuery("Unit.roots", Unit.class).setMaxResults(1).getResultStream().findFirst()
                .map(this::details);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> namesOf(java.util.Collection<String> codes) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("select u.code, u.name from Unit u where u.code in :codes", Object[].class)
                    .setParameter("codes", codes).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> parentNamesOf(java.util.Collection<String> codes) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("select u.code, p.name from Unit u join u.parent p where u.code in :codes", Object[].class)
                    .setParameter("codes", codes).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> pathOf(String code) {
        return find(code).map(Unit::getPath);
    }

    @Override
    public UnitDetails ensureRoot(String code, String name) {
        List<Unit> roots = em.createNamedQuery("Unit.roots", Unit.class).setMaxResults(1).getResultList();
        if (!roots.isEmpty()) {
            return details(roots.get(0));
        }
        Unit root = new Unit(code, name, UnitKind.PROVINCE, null);
        em.persist(root);
        em.flush();
        root.placeUnder(null);
        auditTrail.recordAs(AuditTrail.SYSTEM, root.getPath(), AUDIT_ENTITY, root.getId(), AuditAction.CREATE, null,
                root.auditValues());
        return details(root);
    }

    @Override
    public Saved<UnitDetails> save(String code, UnitInput input, Long expectedVersion) {
        Checks checks = new Checks();
        checks.require(input.name() != null, Violation.of("name", "required"));
        checks.require(input.kind() != null, Violation.of("kind", "required"));
        if (input.validFrom() != null && input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            checks.add(new Violation("validTo", BUNDLE, "unit.validToBeforeFrom"));
        }
        Unit newParent = null;
        if (input.parentCode() != null) {
            newParent = find(input.parentCode()).orElse(null);
            checks.require(newParent != null, new Violation("parentCode", BUNDLE, "unit.unknownParent",
                    input.parentCode()));
        }
        checks.throwIfAny();

        Optional<Unit> existing = find(code);
        if (existing.isEmpty()) {
            Unit parent = newParent != null ? newParent : root();
            scope.checkWrite(parent.getPath(), "unit " + code);
            Unit unit = new Unit(code, input.name(), input.kind(), parent);
            unit.update(input.name(), input.kind(), input.validFrom(), input.validTo(), input.memberCount());
            em.persist(unit);
            em.flush();
            unit.placeUnder(parent);
            auditTrail.recordIn(unit.getPath(), AUDIT_ENTITY, unit.getId(), AuditAction.CREATE, null, unit.auditValues());
            return new Saved<>(details(unit), true);
        }
        Unit unit = existing.get();
        if (expectedVersion != null && expectedVersion != unit.getVersion()) {
            throw new StaleVersionException("unit " + code);
        }
        scope.checkWrite(unit.getPath(), "unit " + code);
        Map<String, Object> before = unit.auditValues();
        unit.update(input.name(), input.kind(), input.validFrom(), input.validTo(), input.memberCount());
        if (newParent != null && newParent != unit.getParent()) {
            if (unit.getParent() == null || unit.contains(newParent)) {
                throw new InvalidInputException(new Violation("parentCode", BUNDLE, "unit.parentCycle"));
            }
            scope.checkWrite(newParent.getPath(), "unit " + newParent.getCode());
            move(unit, newParent);
        }
        Map<String, Object> after = unit.auditValues();
        if (!before.equals(after)) {
            em.flush();
            auditTrail.recordIn(unit.getPath(), AUDIT_ENTITY, unit.getId(), AuditAction.UPDATE, before, after);
        }
        return new Saved<>(details(unit), false);
    }

    /** Moves a unit and its whole subtree under another parent, rewriting their paths parents first. */
    private void move(Unit unit, Unit newParent) {
        List<Unit> descendants = new ArrayList<>(em.createNamedQuery("Unit.descendants", Unit.class)
                .setParameter("prefix", unit.getPath() + "%").setParameter("id", unit.getId()).getResultList());
        descendants.sort((a, b) -> Integer.compare(a.getPath().length(), b.getPath().length()));
        String oldPath = unit.getPath();
        unit.placeUnder(newParent);
        for (Unit descendant : descendants) {
            descendant.placeUnder(descendant.getParent());
        }
        em.flush();
        unitMoved.fire(new vn.thidua.organisation.UnitMoved(unit.getCode(), oldPath, unit.getPath()));
    }

    /** Observed in the same transaction by the modules that copy unit paths onto their records. */
    @Inject private jakarta.enterprise.event.Event<vn.thidua.organisation.UnitMoved> unitMoved;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitNode> topNodes() {
        if (scope.readsEverything()) {
            return nodes(em.createNamedQuery("Unit.topLevel", Unit.class).getResultList());
        }
        List<Unit> granted = new ArrayList<>();
        for (String path : scope.readablePaths()) {
            granted.addAll(em.createNamedQuery("Unit.byPath", Unit.class).setParameter("path", path).getResultList());
        }
        return nodes(granted);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitNode> children(String parentCode) {
        Unit parent = require(parentCode, "code");
        scope.checkRead(parent.getPath(), "unit " + parentCode);
        return nodes(em.createNamedQuery("Unit.under", Unit.class).setParameter("parentCode", parentCode)
                .getResultList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitNode> search(String text, int max) {
        String normalised = SearchText.normalise(text).replace("%", "");
        if (normalised.isEmpty()) {
            return List.of();
        }
        return nodes(em.createNamedQuery("Unit.search", Unit.class).setParameter("text", "%" + normalised + "%")
                .setMaxResults(max * 4).getResultStream()
                .filter(unit -> scope.canRead(unit.getPath())).limit(max).toList());
    }

    /** Tree lines for units, knowing in one more query which of them have children. */
    private List<UnitNode> nodes(List<Unit> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> withChildren = new java.util.HashSet<>(em.createNamedQuery("Unit.withChildren", Long.class)
                .setParameter("ids", list.stream().map(Unit::getId).toList()).getResultList());
        return list.stream().map(u -> new UnitNode(u.getCode(), u.getName(), u.getKind(),
                withChildren.contains(u.getId()), u.getValidTo(), u.getPath())).toList();
    }

    @Override
    public UnitDetails merge(List<String> mergedCodes, String successorCode, LocalDate effectiveDate,
                             String decisionNumber) {
        Checks checks = new Checks();
        checks.require(effectiveDate != null, Violation.of("effectiveDate", "required"));
        checks.require(mergedCodes != null && !mergedCodes.isEmpty(),
                new Violation("mergedCodes", BUNDLE, "unit.mergeNothing"));
        checks.throwIfAny();
        Unit successor = require(successorCode, "successorCode");
        scope.checkWrite(successor.getPath(), "unit " + successorCode);
        Set<Unit> merged = new LinkedHashSet<>();
        for (String code : mergedCodes) {
            Unit unit = require(code, "mergedCodes");
            if (unit == successor || unit.contains(successor) || unit.getParent() == null) {
                throw new InvalidInputException(new Violation("mergedCodes", BUNDLE, "unit.mergeInvalid", code));
            }
            if (unit.getValidTo() != null) {
                throw new InvalidInputException(new Violation("mergedCodes", BUNDLE, "unit.alreadyEnded", code));
            }
            scope.checkWrite(unit.getPath(), "unit " + code);
            merged.add(unit);
        }
        for (Unit unit : merged) {
            Map<String, Object> before = unit.auditValues();
            moveContents(unit, successor, effectiveDate);
            unit.end(effectiveDate, successor);
            em.persist(new UnitChangeEvent(UnitChangeKind.MERGE, unit, successor, effectiveDate, decisionNumber,
                    now(), actor()));
            em.flush();
            auditTrail.recordIn(unit.getPath(), AUDIT_ENTITY, unit.getId(), AuditAction.MERGE, before, unit.auditValues());
        }
        return details(successor);
    }

    /** What a merged unit hands to its successor: current members, households and subordinate units. */
    private void moveContents(Unit unit, Unit successor, LocalDate effectiveDate) {
        for (MembershipPeriod membership : em.createNamedQuery("MembershipPeriod.openIn", MembershipPeriod.class)
                .setParameter("unit", unit).getResultList()) {
            Person person = membership.getPerson();
            Map<String, Object> before = person.auditValues();
            person.transferTo(successor, effectiveDate.isAfter(membership.getValidFrom())
                    ? effectiveDate : membership.getValidFrom().plusDays(1));
            em.flush();
            auditTrail.recordIn(DefaultPersonService.pathOf(person), DefaultPersonService.AUDIT_ENTITY, person.getId(), AuditAction.UPDATE, before,
                    person.auditValues());
        }
        for (Household household : em.createNamedQuery("Household.inUnit", Household.class)
                .setParameter("unit", unit).getResultList()) {
            Map<String, Object> before = household.auditValues();
            household.update(household.getHeadName(), successor);
            auditTrail.recordIn(successor.getPath(), DefaultHouseholdService.AUDIT_ENTITY, household.getId(), AuditAction.UPDATE, before,
                    household.auditValues());
        }
        for (Unit child : em.createQuery("select u from Unit u where u.parent = :unit", Unit.class)
                .setParameter("unit", unit).getResultList()) {
            Map<String, Object> before = child.auditValues();
            move(child, successor);
            auditTrail.recordIn(child.getPath(), AUDIT_ENTITY, child.getId(), AuditAction.UPDATE, before, child.auditValues());
        }
    }

    @Override
    public UnitDetails dissolve(String code, LocalDate effectiveDate, String decisionNumber) {
        Checks checks = new Checks();
        checks.require(effectiveDate != null, Violation.of("effectiveDate", "required"));
        checks.throwIfAny();
        Unit unit = require(code, "code");
        scope.checkWrite(unit.getPath(), "unit " + code);
        if (unit.getParent() == null || unit.getValidTo() != null) {
            throw new InvalidInputException(new Violation("code", BUNDLE, "unit.cannotDissolve", code));
        }
        long activeChildren = em.createQuery("select count(u) from Unit u where u.parent = :unit and u.validTo is null",
                Long.class).setParameter("unit", unit).getSingleResult();
        if (activeChildren > 0) {
            throw new InvalidInputException(new Violation("code", BUNDLE, "unit.dissolveWithChildren", code));
        }
        Map<String, Object> before = unit.auditValues();
        for (MembershipPeriod membership : em.createNamedQuery("MembershipPeriod.openIn", MembershipPeriod.class)
                .setParameter("unit", unit).getResultList()) {
            Person person = membership.getPerson();
            Map<String, Object> personBefore = person.auditValues();
            person.leave(effectiveDate.minusDays(1).isBefore(membership.getValidFrom())
                    ? membership.getValidFrom() : effectiveDate.minusDays(1));
            auditTrail.recordIn(DefaultPersonService.pathOf(person), DefaultPersonService.AUDIT_ENTITY, person.getId(), AuditAction.UPDATE, personBefore,
                    person.auditValues());
        }
        unit.end(effectiveDate, null);
        em.persist(new UnitChangeEvent(UnitChangeKind.DISSOLVE, unit, null, effectiveDate, decisionNumber, now(),
                actor()));
        em.flush();
        auditTrail.recordIn(unit.getPath(), AUDIT_ENTITY, unit.getId(), AuditAction.DISABLE, before, unit.auditValues());
        return details(unit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitChange> history(String code) {
        Unit unit = require(code, "code");
        scope.checkRead(unit.getPath(), "unit " + code);
        Set<Long> ids = new LinkedHashSet<>();
        List<Long> frontier = List.of(unit.getId());
        while (!frontier.isEmpty() && ids.size() < 10_000) {
            ids.addAll(frontier);
            frontier = em.createQuery("select u.id from Unit u where u.successor.id in :ids", Long.class)
                    .setParameter("ids", frontier).getResultList().stream().filter(id -> !ids.contains(id)).toList();
        }
        return em.createNamedQuery("UnitChangeEvent.involving", UnitChange.class)
                .setParameter("unitIds", ids).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<YearRating> ratings(String code) {
        Unit unit = require(code, "code");
        scope.checkRead(unit.getPath(), "unit " + code);
        return em.createNamedQuery("UnitRating.of", YearRating.class).setParameter("unit", unit).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<vn.thidua.organisation.UnitYearProfile> subtreeProfiles(String code, int fromYear, int year) {
        Unit root = require(code, "code");
        scope.checkRead(root.getPath(), "units under " + code);
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        Map<String, Map<Integer, Rating>> ratings = new HashMap<>();
        em.createQuery("select r.unit.code, r.year, r.rating from UnitRating r where r.unit.path like :prefix"
                        + " and r.year between :from and :to", Object[].class)
                .setParameter("prefix", root.getPath() + "%").setParameter("from", fromYear).setParameter("to", year)
                .getResultList().forEach(row -> ratings.computeIfAbsent((String) row[0], k -> new HashMap<>())
                        .put((Integer) row[1], (Rating) row[2]));
        return em.createQuery("select u.code, u.name, u.path, u.kind, u.memberCount from Unit u where u.path like :prefix"
                        + " and (u.validFrom is null or u.validFrom <= :date) and (u.validTo is null or u.validTo >= :date)"
                        + " order by u.path", Object[].class)
                .setParameter("prefix", root.getPath() + "%").setParameter("date", endOfYear).getResultStream()
                .map(row -> new vn.thidua.organisation.UnitYearProfile((String) row[0], (String) row[1],
                        (String) row[2], (UnitKind) row[3], ratings.getOrDefault((String) row[0], Map.of()),
                        (vn.thidua.organisation.MemberCount) row[4]))
                .toList();
    }

    @Override
    public YearRating rate(String code, int year, Rating rating) {
        Checks checks = new Checks();
        Ratings.checkYear(checks, year);
        checks.require(rating != null, Violation.of("rating", "required"));
        checks.throwIfAny();
        Unit unit = require(code, "code");
        scope.checkWrite(unit.getPath(), "unit " + code);
        List<UnitRating> existing = em.createNamedQuery("UnitRating.byYear", UnitRating.class)
                .setParameter("unit", unit).setParameter("year", year).getResultList();
        if (existing.isEmpty()) {
            UnitRating created = new UnitRating(unit, year, rating);
            em.persist(created);
            em.flush();
            auditTrail.recordIn(unit.getPath(), "UnitRating", created.getId(), AuditAction.CREATE, null,
                    Map.of("unitCode", code, "year", year, "rating", rating));
        } else if (existing.get(0).getRating() != rating) {
            UnitRating changed = existing.get(0);
            Rating before = changed.getRating();
            changed.change(rating);
            auditTrail.recordIn(unit.getPath(), "UnitRating", changed.getId(), AuditAction.UPDATE,
                    Map.of("unitCode", code, "year", year, "rating", before),
                    Map.of("unitCode", code, "year", year, "rating", rating));
        }
        return new YearRating(year, rating);
    }

    Unit require(String code, String field) {
        return find(code).orElseThrow(() -> new UnknownRecordException(
                new Violation(field, BUNDLE, "unit.notFound", code)));
    }

    Optional<Unit> find(String code) {
        return em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private Unit root() {
        return em.createNamedQuery("Unit.roots", Unit.class).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The unit tree has no root"));
    }

    UnitDetails details(Unit unit) {
        List<String> children = em.createNamedQuery("Unit.childrenCodes", String.class)
                .setParameter("parentId", unit.getId()).getResultList();
        List<String> predecessors = em.createNamedQuery("Unit.predecessorCodes", String.class)
                .setParameter("unitId", unit.getId()).getResultList();
        return new UnitDetails(unit.getCode(), unit.getName(), unit.getKind(),
                unit.getParent() == null ? null : unit.getParent().getCode(), children,
                unit.getValidFrom(), unit.getValidTo(), unit.getVersion(),
                unit.getSuccessor() == null ? null : unit.getSuccessor().getCode(), predecessors, unit.getMemberCount());
    }

    private String actor() {
        return Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
