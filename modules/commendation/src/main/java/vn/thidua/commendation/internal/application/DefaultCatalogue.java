package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.Catalogue;
import vn.thidua.commendation.internal.domain.Award;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultCatalogue implements Catalogue {

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;

    /** What is the province's alone needs the role on the root unit. */
    @Inject private vn.thidua.organisation.UnitScope scope;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void add(String code, String name, AwardKind kind, AwardLevel level, boolean forPerson, boolean forUnit,
                    boolean forHousehold) {
        if (!scope.hasRoleOnRoot(java.util.Set.of(Roles.ADMIN))) {
            throw new AccessDeniedException("catalogue");
        }
        Checks checks = new Checks();
        String awardCode = checks.code("code", code, true);
        String awardName = checks.name("name", name);
        checks.require(kind != null, Violation.of("kind", "required"));
        checks.require(level != null, Violation.of("level", "required"));
        checks.require(forPerson || forUnit || forHousehold,
                new Violation("recipients", DefaultCommendationService.BUNDLE, "award.noRecipient"));
        checks.throwIfAny();
        if (!em.createNamedQuery("Award.byCode", Award.class).setParameter("code", awardCode).getResultList().isEmpty()) {
            throw new InvalidInputException(new Violation("code", DefaultCommendationService.BUNDLE, "award.codeTaken",
                    awardCode));
        }
        Award award = new Award(awardCode, awardName, kind, level, forPerson, forUnit, forHousehold);
        em.persist(award);
        em.flush();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", awardCode);
        values.put("name", awardName);
        values.put("kind", kind);
        values.put("level", level);
        values.put("forPerson", forPerson);
        values.put("forUnit", forUnit);
        values.put("forHousehold", forHousehold);
        auditTrail.record("Award", award.getId(), AuditAction.CREATE, null, values);
    }

    @Override
    public List<AwardSummary> awards() {
        return em.createQuery("select new vn.thidua.commendation.AwardSummary(a.code, a.name, a.kind, a.level,"
                + " a.forPerson, a.forUnit, a.forHousehold) from Award a order by a.kind desc, a.id", AwardSummary.class)
                .getResultList();
    }
}
