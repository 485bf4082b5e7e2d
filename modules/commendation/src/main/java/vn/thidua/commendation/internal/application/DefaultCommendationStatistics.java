package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.Catalogue;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.internal.domain.Commendation;
import vn.thidua.organisation.HouseholdService;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.Page;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;

/**
 * Counts and lists of decided commendations for the reporting module, in the database: one grouped query for the
 * statistical forms, pages of records with their revocations and successors read per page, and a stream by id for
 * exports of any size. Always within the caller's readable subtrees.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultCommendationStatistics implements CommendationStatistics {

    private static final String BUNDLE = DefaultCommendationService.BUNDLE;
    private static final int CHUNK = 1000;
    private static final String REVOKED = "exists (select r from RevocationRecord r where r.commendation = c)";

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private UnitScope scope;
    @Inject private UnitService units;
    @Inject private PersonService people;
    @Inject private HouseholdService households;
    @Inject private Catalogue catalogue;

    /** A where clause and its parameters; null when the caller reads nothing. */
    private record Where(String text, Map<String, Object> parameters) {
    }

    private Where where(Filter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (f.from() != null) {
            where.append(" and c.decisionDate >= :from");
            parameters.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and c.decisionDate <= :to");
            parameters.put("to", f.to());
        }
        if (f.yearFrom() != null) {
            where.append(" and c.year >= :yearFrom");
            parameters.put("yearFrom", f.yearFrom());
        }
        if (f.yearTo() != null) {
            where.append(" and c.year <= :yearTo");
            parameters.put("yearTo", f.yearTo());
        }
        if (f.awardCodes() != null && !f.awardCodes().isEmpty()) {
            where.append(" and c.awardCode in :awards");
            parameters.put("awards", f.awardCodes());
        }
        if (f.unitCode() != null && !f.unitCode().isBlank()) {
            String path = units.pathOf(f.unitCode().strip()).orElseThrow(() -> new UnknownRecordException(
                    new Violation("unitCode", BUNDLE, "unit.unknown", f.unitCode())));
            scope.checkRead(path, "commendations of " + f.unitCode());
            where.append(" and c.unitPath like :subtree");
            parameters.put("subtree", path + "%");
        }
        if (f.collective() != null) {
            where.append(f.collective() ? " and c.recipientType <> :person" : " and c.recipientType = :person");
            parameters.put("person", RecipientType.PERSON);
        }
        if (f.recipientType() != null) {
            where.append(" and c.recipientType = :recipientType");
            parameters.put("recipientType", f.recipientType());
        }
        if (f.unitKind() != null) {
            where.append(" and c.unitKind = :unitKind");
            parameters.put("unitKind", f.unitKind());
        }
        if (f.positionCategory() != null) {
            where.append(" and c.positionCategory = :category");
            parameters.put("category", f.positionCategory());
        }
        if (f.type() != null) {
            where.append(" and c.type = :type");
            parameters.put("type", f.type());
        }
        if (f.revoked() == null) {
            where.append(" and ").append(Commendation.ACTIVE);
        } else if (f.revoked()) {
            where.append(" and ").append(REVOKED);
        } else {
            where.append(" and not ").append(REVOKED);
        }
        if (f.decisionNumber() != null && !f.decisionNumber().isBlank()) {
            where.append(" and lower(c.decisionNumber) like :number");
            parameters.put("number", "%" + f.decisionNumber().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (!scope.readsEverything()) {
            List<String> paths = scope.readablePaths();
            if (paths.isEmpty()) {
                return null;
            }
            where.append(" and (");
            for (int i = 0; i < paths.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("c.unitPath like :readable").append(i);
                parameters.put("readable" + i, paths.get(i) + "%");
            }
            where.append(")");
        }
        return new Where(where.toString(), parameters);
    }

    @Override
    public List<Group> groups(LocalDate from, LocalDate to, String unitCode) {
        Where where = where(new Filter(from, to, null, null, Set.of(), unitCode, null, null, null, null, null, null));
        if (where == null) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery("select c.awardCode, c.recipientType, c.unitKind, c.positionCategory,"
                + " c.type, count(c) from Commendation c" + where.text()
                + " group by c.awardCode, c.recipientType, c.unitKind, c.positionCategory, c.type", Object[].class);
        where.parameters().forEach(query::setParameter);
        return query.getResultStream().map(row -> new Group((String) row[0], (RecipientType) row[1], (String) row[2],
                (String) row[3], (CommendationType) row[4], ((Number) row[5]).longValue())).toList();
    }

    @Override
    public List<DatedCount> countsByDateAndPath(LocalDate from, LocalDate to, String unitCode) {
        Where where = where(new Filter(from, to, null, null, Set.of(), unitCode, null, null, null, null, null, null));
        if (where == null) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery("select c.decisionDate, c.unitPath, count(c) from Commendation c"
                + where.text() + " group by c.decisionDate, c.unitPath", Object[].class);
        where.parameters().forEach(query::setParameter);
        return query.getResultStream().map(row -> new DatedCount((LocalDate) row[0], (String) row[1],
                ((Number) row[2]).longValue())).toList();
    }

    @Override
    public long decisions(LocalDate from, LocalDate to, String unitCode) {
        Where where = where(new Filter(from, to, null, null, Set.of(), unitCode, null, null, null, null, null, null));
        if (where == null) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("select count(distinct c.decisionNumber) from Commendation c" + where.text(),
                Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public Page<Line> records(Filter filter, int page, int size) {
        Where where = where(filter);
        if (where == null) {
            return new Page<>(List.of(), 0, page, size);
        }
        TypedQuery<Long> count = em.createQuery("select count(c) from Commendation c" + where.text(), Long.class);
        TypedQuery<Commendation> query = em.createQuery("select c from Commendation c" + where.text()
                + " order by c.decisionDate desc, c.id desc", Commendation.class);
        where.parameters().forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        List<Commendation> found = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(lines(found), count.getSingleResult(), page, size);
    }

    @Override
    public void forEach(Filter filter, Consumer<Line> sink) {
        Where where = where(filter);
        if (where == null) {
            return;
        }
        long after = 0;
        while (true) {
            TypedQuery<Commendation> query = em.createQuery("select c from Commendation c" + where.text()
                    + " and c.id > :after order by c.id", Commendation.class);
            where.parameters().forEach(query::setParameter);
            List<Commendation> chunk = query.setParameter("after", after).setMaxResults(CHUNK).getResultList();
            lines(chunk).forEach(sink);
            em.clear();
            if (chunk.size() < CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).getId();
        }
    }

    /** The records as lines, with names, revocations and successors read in a few queries for the whole chunk. */
    private List<Line> lines(List<Commendation> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Commendation::getId).toList();
        Map<Long, Object[]> revocations = new HashMap<>();
        em.createQuery("select r.commendation.id, r.decisionNumber, r.decisionDate from RevocationRecord r"
                + " where r.commendation.id in :ids", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> revocations.put((Long) row[0], row));
        Map<Long, Long> successors = new HashMap<>();
        em.createNamedQuery("Commendation.supersedingOf", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> successors.put((Long) row[0], (Long) row[1]));
        Map<String, AwardSummary> awards = new HashMap<>();
        catalogue.awards().forEach(a -> awards.put(a.code(), a));
        Map<String, String> names = names(found);
        List<Line> lines = new ArrayList<>();
        for (Commendation c : found) {
            AwardSummary award = awards.get(c.getAwardCode());
            Object[] revocation = revocations.get(c.getId());
            lines.add(new Line(c.getId(), c.getAwardCode(), award == null ? c.getAwardCode() : award.name(),
                    award == null ? null : award.kind(), award == null ? null : award.level(), c.getRecipientType(),
                    c.getRecipientCode(), names.getOrDefault(c.getRecipientType() + ":" + c.getRecipientCode(),
                    c.getRecipientCode()), c.getUnitCode(), c.getUnitKind(), c.getPositionCategory(), c.getYear(),
                    c.getType(), c.getMovementCode(), c.getDecisionNumber(), c.getDecisionDate(), c.getSigner(),
                    c.getAuthority(), c.getRewardAmount(), revocation != null,
                    revocation == null ? null : (String) revocation[1], revocation == null ? null : (LocalDate) revocation[2],
                    successors.get(c.getId())));
        }
        return lines;
    }

    private Map<String, String> names(Collection<Commendation> found) {
        Set<String> persons = new HashSet<>();
        Set<String> unitCodes = new HashSet<>();
        Set<String> householdCodes = new HashSet<>();
        for (Commendation c : found) {
            switch (c.getRecipientType()) {
                case PERSON -> persons.add(c.getRecipientCode());
                case UNIT -> unitCodes.add(c.getRecipientCode());
                case HOUSEHOLD -> householdCodes.add(c.getRecipientCode());
            }
        }
        Map<String, String> names = new HashMap<>();
        people.namesOf(persons).forEach((code, name) -> names.put("PERSON:" + code, name));
        units.namesOf(unitCodes).forEach((code, name) -> names.put("UNIT:" + code, name));
        households.namesOf(householdCodes).forEach((code, name) -> names.put("HOUSEHOLD:" + code, name));
        return names;
    }
}
