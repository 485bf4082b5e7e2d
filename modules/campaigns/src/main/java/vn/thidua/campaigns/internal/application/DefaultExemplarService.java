package vn.thidua.campaigns.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thidua.campaigns.ExemplarService;
import vn.thidua.campaigns.Exemplars;
import vn.thidua.campaigns.Movements;
import vn.thidua.campaigns.internal.domain.Document;
import vn.thidua.campaigns.internal.domain.Exemplar;
import vn.thidua.campaigns.internal.domain.Movement;
import vn.thidua.organisation.PersonDetails;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.ProvinceClock;

@ApplicationScoped
@Transactional
public class DefaultExemplarService implements ExemplarService {

    private static final String BUNDLE = Documents.BUNDLE;

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private UnitService units;
    @Inject private PersonService people;
    @Inject private UnitScope scope;
    @Inject private Caller caller;
    @Inject private Documents documents;

    @Override
    public long record(Exemplars.ExemplarInput input, String photoName, InputStream photo) {
        Checks checks = new Checks();
        String code = checks.code("code", input.code(), true);
        checks.code("movementCode", input.movementCode(), false);
        int lastYear = ProvinceClock.thisYear() + 1;
        if (input.year() == null || input.year() < 2000 || input.year() > lastYear) {
            checks.add(Violation.of("year", "year", "2000", String.valueOf(lastYear)));
        }
        if (input.periodFrom() != null && input.periodTo() != null && input.periodTo().isBefore(input.periodFrom())) {
            checks.add(new Violation("periodTo", BUNDLE, "movement.endsBeforeStart"));
        }
        String story = checks.requiredText("story", input.story(), 10_000);
        checks.throwIfAny();
        String name;
        String path;
        if (input.collective()) {
            UnitDetails unit = units.findByCode(code).orElseThrow(() -> new UnknownRecordException(
                    new Violation("code", BUNDLE, "unit.unknown", code)));
            name = unit.name();
            path = units.pathOf(code).orElseThrow();
        } else {
            PersonDetails person = people.findByCode(code, false).orElseThrow(() -> new UnknownRecordException(
                    new Violation("code", BUNDLE, "registration.unknownPerson", code)));
            name = person.fullName();
            path = units.pathOf(person.memberships().get(person.memberships().size() - 1).unitCode()).orElseThrow();
        }
        if (input.movementCode() != null && em.createNamedQuery("Movement.byCode", Movement.class)
                .setParameter("code", input.movementCode()).getResultList().isEmpty()) {
            throw new UnknownRecordException(new Violation("movementCode", BUNDLE, "movement.unknown", input.movementCode()));
        }
        scope.checkWrite(path, "exemplar " + code);
        Document document = documents.store("photo", photoName, photo, path, Documents.PHOTOS);
        Exemplar exemplar = new Exemplar(input.collective() ? "UNIT" : "PERSON", code, name, path, input.movementCode(),
                input.year(), input.periodFrom(), input.periodTo(), story, document == null ? null : document.getId(),
                DefaultMovementService.now(), Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM));
        em.persist(exemplar);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("recipient", exemplar.getRecipientType() + " " + code);
        after.put("movementCode", input.movementCode());
        after.put("year", input.year());
        after.put("periodFrom", input.periodFrom());
        after.put("periodTo", input.periodTo());
        after.put("story", story);
        after.put("photoId", exemplar.getPhotoId());
        auditTrail.recordIn(path, "Exemplar", exemplar.getId(), AuditAction.CREATE, null, after);
        return exemplar.getId();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Exemplars.ExemplarDetails> board(String movementCode, Integer year, int max) {
        StringBuilder jpql = new StringBuilder("select e from Exemplar e where 1 = 1");
        if (movementCode != null) {
            jpql.append(" and e.movementCode = :movement");
        }
        if (year != null) {
            jpql.append(" and e.year = :year");
        }
        jpql.append(" order by e.year desc, e.id desc");
        TypedQuery<Exemplar> query = em.createQuery(jpql.toString(), Exemplar.class).setMaxResults(max);
        if (movementCode != null) {
            query.setParameter("movement", movementCode);
        }
        if (year != null) {
            query.setParameter("year", year);
        }
        List<Exemplar> found = query.getResultList();
        Map<String, String> movementNames = new HashMap<>();
        found.stream().map(Exemplar::getMovementCode).filter(Objects::nonNull).distinct().forEach(code ->
                em.createNamedQuery("Movement.byCode", Movement.class).setParameter("code", code).getResultStream()
                        .findFirst().ifPresent(m -> movementNames.put(code, m.getName())));
        return found.stream().map(e -> new Exemplars.ExemplarDetails(e.getId(), "UNIT".equals(e.getRecipientType()),
                e.getRecipientCode(), e.getRecipientName(), e.getMovementCode(), movementNames.get(e.getMovementCode()),
                e.getYear(), e.getPeriodFrom(), e.getPeriodTo(), e.getStory(), e.getPhotoId())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Movements.StoredDocument photo(long exemplarId) {
        Exemplar exemplar = em.find(Exemplar.class, exemplarId);
        if (exemplar == null || exemplar.getPhotoId() == null) {
            throw new UnknownRecordException(new Violation("id", BUNDLE, "document.notFound", exemplarId));
        }
        return documents.read(exemplar.getPhotoId());
    }
}
