package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.Catalogue;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultCatalogue implements Catalogue {

    @PersistenceContext(unitName = "thidua")
    private EntityManager em;

    @Override
    public List<AwardSummary> awards() {
        return em.createQuery("select new vn.thidua.commendation.AwardSummary(a.code, a.name, a.kind, a.level,"
                + " a.forPerson, a.forUnit, a.forHousehold) from Award a order by a.kind desc, a.id", AwardSummary.class)
                .getResultList();
    }
}
