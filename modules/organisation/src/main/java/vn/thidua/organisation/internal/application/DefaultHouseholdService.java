package vn.thidua.organisation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.organisation.HouseholdDetails;
import vn.thidua.organisation.HouseholdService;
import vn.thidua.organisation.Saved;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.internal.domain.Household;
import vn.thidua.organisation.internal.domain.Person;
import vn.thidua.organisation.internal.domain.Unit;
import vn.thidua.platform.Checks;
import vn.thidua.platform.SearchText;
import vn.thidua.platform.StaleVersionException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

@ApplicationScoped
@Transactional
public class DefaultHouseholdService implements HouseholdService {

    static final String AUDIT_ENTITY = "Household";

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private UnitScope scope;
    @Inject private DefaultUnitService units;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HouseholdDetails> findByCode(String code) {
        Optional<Household> household = find(code);
        household.ifPresent(h -> scope.checkRead(h.getUnit().getPath(), "household " + code));
        return household.map(DefaultHouseholdService::details);
    }

    @Override
    public Saved<HouseholdDetails> save(String code, String headName, String unitCode, Long expectedVersion) {
        Checks checks = new Checks();
        checks.require(headName != null, Violation.of("headName", "required"));
        checks.require(unitCode != null, Violation.of("unitCode", "required"));
        Unit unit = unitCode == null ? null : units.find(unitCode).orElse(null);
        if (unitCode != null && unit == null) {
            checks.add(new Violation("unitCode", Person.BUNDLE, "unit.notFound", unitCode));
        }
        checks.throwIfAny();
        scope.checkWrite(unit.getPath(), "household " + code);
        Optional<Household> existing = find(code);
        if (existing.isEmpty()) {
            Household household = new Household(code);
            household.update(headName, unit);
            em.persist(household);
            em.flush();
            auditTrail.recordIn(household.getUnit().getPath(), AUDIT_ENTITY, household.getId(), AuditAction.CREATE, null, household.auditValues());
            return new Saved<>(details(household), true);
        }
        Household household = existing.get();
        if (expectedVersion != null && expectedVersion != household.getVersion()) {
            throw new StaleVersionException("household " + code);
        }
        scope.checkWrite(household.getUnit().getPath(), "household " + code);
        Map<String, Object> before = household.auditValues();
        household.update(headName, unit);
        if (!before.equals(household.auditValues())) {
            em.flush();
            auditTrail.recordIn(household.getUnit().getPath(), AUDIT_ENTITY, household.getId(), AuditAction.UPDATE, before, household.auditValues());
        }
        return new Saved<>(details(household), false);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HouseholdDetails> search(String text, int max) {
        String normalised = SearchText.normalise(text).replace("%", "");
        return em.createNamedQuery("Household.search", Household.class).setParameter("text", "%" + normalised + "%")
                .setMaxResults(max * 4).getResultStream()
                .filter(h -> scope.canRead(h.getUnit().getPath())).limit(max)
                .map(DefaultHouseholdService::details).toList();
    }

    private Optional<Household> find(String code) {
        return em.createNamedQuery("Household.byCode", Household.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private static HouseholdDetails details(Household household) {
        return new HouseholdDetails(household.getCode(), household.getHeadName(), household.getUnit().getCode(),
                household.getUnit().getName(), household.getVersion());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> namesOf(java.util.Collection<String> codes) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("select x.code, x.headName from Household x where x.code in :codes", Object[].class)
                    .setParameter("codes", codes).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }
}
