package vn.thidua.organisation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitKind;
import vn.thidua.organisation.UnitService;
import vn.thidua.organisation.internal.domain.Unit;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

@ApplicationScoped
@Transactional
public class DefaultUnitService implements UnitService {

    static final String AUDIT_ENTITY = "Unit";

    @PersistenceContext(unitName = "thidua")
    private EntityManager em;

    @Inject
    private AuditTrail auditTrail;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitDetails> findByCode(String code) {
        return em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", code)
                .getResultStream().findFirst().map(this::details);
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
        auditTrail.recordAs(AuditTrail.SYSTEM, AUDIT_ENTITY, root.getId(), AuditAction.CREATE, null, values(root));
        return details(root);
    }

    private UnitDetails details(Unit unit) {
        List<String> children = em.createNamedQuery("Unit.childrenCodes", String.class)
                .setParameter("parentId", unit.getId()).getResultList();
        return new UnitDetails(unit.getCode(), unit.getName(), unit.getKind(),
                unit.getParent() == null ? null : unit.getParent().getCode(), children,
                unit.getValidFrom(), unit.getValidTo(), unit.getVersion());
    }

    static Map<String, Object> values(Unit unit) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", unit.getCode());
        values.put("name", unit.getName());
        values.put("kind", unit.getKind());
        values.put("parentCode", unit.getParent() == null ? null : unit.getParent().getCode());
        values.put("validFrom", unit.getValidFrom());
        values.put("validTo", unit.getValidTo());
        return values;
    }
}
