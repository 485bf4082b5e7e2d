package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.commendation.Certificates;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.internal.domain.Award;
import vn.thidua.commendation.internal.domain.Certificate;
import vn.thidua.commendation.internal.domain.CertificateLayout;
import vn.thidua.commendation.internal.domain.DecisionRecord;
import vn.thidua.commendation.internal.domain.NominationBatch;
import vn.thidua.commendation.internal.domain.Nominee;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.StaleVersionException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

/** Register numbers and certificates of decided batches, and the blanks' layouts. */
@ApplicationScoped
@Transactional
public class DefaultCertificates implements Certificates {

    private static final String BUNDLE = "vn.thidua.commendation.i18n.messages";

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private BatchAccess access;
    @Inject private UnitService units;
    @Inject private AuditTrail auditTrail;

    @Override
    public List<CertificateLine> of(long batchId) {
        NominationBatch batch = access.batch(batchId);
        access.requireRole(batch.getUnitPath(), Set.of(Roles.SPECIALIST, Roles.ADMIN, Roles.SIGNER), "certificates of batch " + batchId);
        if (batch.getState() != NominationState.DECIDED) {
            throw new ConflictException(new Violation("state", BUNDLE, "nomination.notNow", DefaultNominationService.state(batch.getState())));
        }
        DecisionRecord decision = em.createQuery("select d from DecisionRecord d where d.batchId = :id", DecisionRecord.class)
                .setParameter("id", batchId).getSingleResult();
        // Register numbers are sequential per authority and year: appends are serialised like the audit chain.
        auditTrail.serialiseWrites();
        Map<String, Award> catalogue = access.awards();
        String unitName = units.findByCode(batch.getUnitCode()).map(UnitDetails::name).orElse(batch.getUnitCode());
        List<CertificateLine> lines = new ArrayList<>();
        int year = decision.getDate().getYear();
        for (Nominee nominee : em.createNamedQuery("Nominee.ofBatch", Nominee.class).setParameter("batch", batch)
                .getResultList()) {
            if (nominee.getCommendationId() == null) {
                continue;
            }
            Certificate certificate = em.createQuery("select c from Certificate c where c.commendationId = :id",
                    Certificate.class).setParameter("id", nominee.getCommendationId()).getResultStream().findFirst()
                    .orElse(null);
            if (certificate == null) {
                Integer last = em.createQuery("select max(c.sequence) from Certificate c where c.authority = :a"
                        + " and c.year = :y", Integer.class).setParameter("a", decision.getAuthority())
                        .setParameter("y", year).getSingleResult();
                certificate = new Certificate(nominee.getCommendationId(), decision.getAuthority(), year,
                        last == null ? 1 : last + 1, BatchAccess.now(), access.actor());
                em.persist(certificate);
                em.flush();
                auditTrail.recordIn(batch.getUnitPath(), "Certificate", certificate.getId(), AuditAction.CREATE, null,
                        Map.of("commendationId", nominee.getCommendationId(), "registerNumber",
                                certificate.getRegisterNumber()));
            }
            lines.add(new CertificateLine(nominee.getRecipientName(), unitName,
                    catalogue.get(nominee.getAwardCode()).getName(), batch.getYear(), decision.getAuthority(),
                    decision.getNumber(), decision.getDate(), decision.getSigner(), certificate.getRegisterNumber(),
                    decision.getPosition()));
        }
        return lines;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LayoutDetails> layouts() {
        return em.createQuery("select l from CertificateLayout l order by l.code", CertificateLayout.class)
                .getResultStream().map(CertificateLayout::view).toList();
    }

    @Override
    public void saveLayout(LayoutDetails layout) {
        access.requireRoleOnRoot(Set.of(Roles.ADMIN, Roles.SPECIALIST), "certificate layouts");
        CertificateLayout stored = em.find(CertificateLayout.class, layout.code());
        if (stored == null) {
            throw new UnknownRecordException(new Violation("code", BUNDLE, "certificate.noLayout", layout.code()));
        }
        if (stored.getVersion() != layout.version()) {
            throw new StaleVersionException("certificate layout " + layout.code());
        }
        Checks checks = new Checks();
        checks.requiredText("name", layout.name(), 200);
        for (int value : new int[] {layout.nameX(), layout.nameY(), layout.unitX(), layout.unitY(), layout.reasonX(),
            layout.reasonY(), layout.decisionX(), layout.decisionY(), layout.registerX(), layout.registerY()}) {
            if (value < 0 || value > 297) {
                checks.add(new Violation("position", BUNDLE, "certificate.position"));
                break;
            }
        }
        checks.throwIfAny();
        LayoutDetails before = stored.view();
        stored.update(layout);
        auditTrail.record("CertificateLayout", layout.code(), AuditAction.UPDATE, Map.of("layout", before.toString()),
                Map.of("layout", layout.toString()));
    }
}
