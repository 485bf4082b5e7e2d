package vn.thidua.campaigns.internal.application;

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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thidua.campaigns.Initiative;
import vn.thidua.campaigns.InitiativeKind;
import vn.thidua.campaigns.InitiativeScope;
import vn.thidua.campaigns.InitiativeService;
import vn.thidua.campaigns.internal.domain.InitiativeRecord;
import vn.thidua.organisation.PersonDetails;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

@ApplicationScoped
@Transactional
public class DefaultInitiativeService implements InitiativeService {

    private static final String BUNDLE = "vn.thidua.campaigns.i18n.messages";

    @PersistenceContext(unitName = "thidua")
    private EntityManager em;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private PersonService people;

    @Inject
    private UnitService units;

    @Inject
    private UnitScope scope;

    @Inject
    private Caller caller;

    @Override
    public long record(String title, InitiativeKind kind, List<String> authorCodes, InitiativeScope initiativeScope,
                       LocalDate recognisedOn, String decisionNumber) {
        Checks checks = new Checks();
        String name = checks.name("title", title);
        checks.require(initiativeScope != null, Violation.of("scope", "required"));
        checks.require(recognisedOn != null, Violation.of("recognisedOn", "required"));
        String decision = checks.requiredText("decisionNumber", decisionNumber, 128);
        checks.require(authorCodes != null && !authorCodes.isEmpty(), new Violation("authorCodes", BUNDLE, "initiative.noAuthor"));
        checks.throwIfAny();
        String unitPath = null;
        for (String code : authorCodes) {
            PersonDetails author = people.findByCode(code, false).orElseThrow(() ->
                    new UnknownRecordException(new Violation("authorCodes", BUNDLE, "initiative.unknownAuthor", code)));
            String path = units.pathOf(author.memberships().get(author.memberships().size() - 1).unitCode()).orElseThrow();
            scope.checkWrite(path, "initiative of " + code);
            unitPath = unitPath == null ? path : unitPath;
        }
        InitiativeRecord initiative = new InitiativeRecord(name, kind == null ? InitiativeKind.INITIATIVE : kind,
                initiativeScope, recognisedOn, decision, unitPath, authorCodes,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM));
        em.persist(initiative);
        em.flush();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", name);
        values.put("kind", kind);
        values.put("scope", initiativeScope);
        values.put("recognisedOn", recognisedOn);
        values.put("decisionNumber", decision);
        values.put("authorCodes", String.join(",", authorCodes));
        auditTrail.recordIn(unitPath, "Initiative", initiative.getId(), AuditAction.CREATE, null, values);
        return initiative.getId();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Initiative> latest(int max) {
        return em.createNamedQuery("InitiativeRecord.latest", InitiativeRecord.class).setMaxResults(max * 4)
                .getResultStream().filter(i -> scope.canRead(i.getUnitPath())).limit(max)
                .map(InitiativeRecord::toInitiative).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<Initiative>> byAuthors(Collection<String> authorCodes, LocalDate from, LocalDate to) {
        Map<String, List<Initiative>> byAuthor = new HashMap<>();
        if (authorCodes.isEmpty()) {
            return byAuthor;
        }
        // One query of plain columns: each matching initiative with every one of its authors (loading the entities
        // would read their authors one initiative at a time).
        Map<Long, Object[]> columns = new java.util.LinkedHashMap<>();
        Map<Long, List<String>> authors = new HashMap<>();
        for (Object[] row : em.createNamedQuery("InitiativeRecord.byAuthors", Object[].class)
                .setParameter("codes", authorCodes).setParameter("from", from).setParameter("to", to).getResultList()) {
            Long id = (Long) row[0];
            columns.putIfAbsent(id, row);
            authors.computeIfAbsent(id, i -> new ArrayList<>()).add((String) row[6]);
        }
        columns.forEach((id, row) -> {
            Initiative initiative = new Initiative(id, (String) row[1], (InitiativeKind) row[2], (InitiativeScope) row[3],
                    (LocalDate) row[4], (String) row[5], List.copyOf(authors.get(id)));
            for (String author : initiative.authorCodes()) {
                if (authorCodes.contains(author)) {
                    byAuthor.computeIfAbsent(author, a -> new ArrayList<>()).add(initiative);
                }
            }
        });
        return byAuthor;
    }
}
