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

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private PersonService people;
    @Inject private UnitService units;
    @Inject private UnitScope scope;
    @Inject private Caller caller;
    @Inject private Documents documents;

    @Override
    public long record(String title, InitiativeKind kind, List<String> authorCodes, InitiativeScope initiativeScope,
                       LocalDate recognisedOn, String decisionNumber) {
        return record(title, kind, authorCodes, initiativeScope, recognisedOn, decisionNumber, null, null, null);
    }

    @Override
    public long record(String title, InitiativeKind kind, List<String> authorCodes, InitiativeScope initiativeScope,
                       LocalDate recognisedOn, String decisionNumber, String field, String recognisingBody, String effect) {
        Checks checks = new Checks();
        String fieldText = checks.optionalText("field", field, 200);
        String body = checks.optionalText("recognisingBody", recognisingBody, 500);
        String effectText = checks.optionalText("effect", effect, 10_000);
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
        initiative.describe(fieldText, body, effectText, vn.thidua.platform.SearchText.normalise(name));
        em.persist(initiative);
        em.flush();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("field", fieldText);
        values.put("recognisingBody", body);
        values.put("effect", effectText);
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
    public long attachEvidence(long initiativeId, String fileName, java.io.InputStream content) {
        InitiativeRecord initiative = em.find(InitiativeRecord.class, initiativeId);
        if (initiative == null) {
            throw new UnknownRecordException(new Violation("id", BUNDLE, "initiative.unknown", initiativeId));
        }
        scope.checkWrite(initiative.getUnitPath(), "initiative " + initiativeId);
        vn.thidua.campaigns.internal.domain.Document document = documents.store("evidence", fileName, content,
                initiative.getUnitPath(), Documents.ANY);
        initiative.getDocumentIds().add(document.getId());
        em.flush();
        auditTrail.recordIn(initiative.getUnitPath(), "Initiative", initiativeId, AuditAction.UPDATE, null,
                Map.of("evidenceDocumentId", document.getId(), "fileName", fileName));
        return document.getId();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public vn.thidua.platform.Page<vn.thidua.campaigns.InitiativeEntry> search(String text, InitiativeScope atLeast,
                                                                              Integer year, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        String normalised = vn.thidua.platform.SearchText.normalise(text == null ? "" : text).replace("%", "");
        if (!normalised.isEmpty()) {
            where.append(" and (i.searchText like :text or i.id in (select a.id from InitiativeRecord a join a.authorCodes c"
                    + " where c = :code))");
            parameters.put("text", "%" + normalised + "%");
            parameters.put("code", text.strip());
        }
        if (atLeast != null) {
            where.append(" and i.scope in :scopes");
            parameters.put("scopes", java.util.Arrays.stream(InitiativeScope.values()).filter(s -> s.atLeast(atLeast)).toList());
        }
        if (year != null) {
            where.append(" and i.recognisedOn between :first and :last");
            parameters.put("first", LocalDate.of(year, 1, 1));
            parameters.put("last", LocalDate.of(year, 12, 31));
        }
        if (!scope.readsEverything()) {
            List<String> paths = scope.readablePaths();
            if (paths.isEmpty()) {
                return new vn.thidua.platform.Page<>(List.of(), 0, page, size);
            }
            where.append(" and (");
            for (int i = 0; i < paths.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("i.unitPath like :p").append(i);
                parameters.put("p" + i, paths.get(i) + "%");
            }
            where.append(")");
        }
        var count = em.createQuery("select count(i) from InitiativeRecord i" + where, Long.class);
        var query = em.createQuery("select i from InitiativeRecord i" + where + " order by i.recognisedOn desc, i.id desc",
                InitiativeRecord.class);
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        List<vn.thidua.campaigns.InitiativeEntry> items = query.setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(i -> new vn.thidua.campaigns.InitiativeEntry(i.getId(), i.getTitle(), i.getKind(),
                        i.getScope(), i.getRecognisedOn(), i.getDecisionNumber(), List.copyOf(i.getAuthorCodes()),
                        i.getField(), i.getRecognisingBody(), i.getEffect(),
                        i.getDocumentIds().stream().map(documents::view).toList())).toList();
        return new vn.thidua.platform.Page<>(items, count.getSingleResult(), page, size);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public vn.thidua.campaigns.Movements.StoredDocument evidence(long documentId) {
        vn.thidua.campaigns.internal.domain.Document document = documents.find(documentId);
        if (document == null) {
            throw new UnknownRecordException(new Violation("id", BUNDLE, "document.notFound", documentId));
        }
        scope.checkRead(document.getUnitPath(), "document " + documentId);
        return documents.read(documentId);
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
