package vn.thidua.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Scope;

/** Reads the audit trail for administrators and auditors: filtered, newest first, a page at a time. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditSearch {

    @PersistenceContext(unitName = "thidua") private EntityManager em;

    private static final java.util.Set<String> READERS = java.util.Set.of(Roles.ADMIN, Roles.AUDITOR);

    @Inject private Scope scope;

    public long count(AuditFilter filter) {
        requireReader();
        Query query = query(filter, scope);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + query.where(), Long.class);
        query.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    public List<AuditRecord> list(AuditFilter filter, int first, int max) {
        requireReader();
        Query query = query(filter, scope);
        TypedQuery<AuditRecord> list = em.createQuery("select new vn.thidua.platform.audit.AuditRecord(e.seq,"
                + " e.occurredAt, e.actor, e.entityType, e.entityId, e.action, e.beforeValue, e.afterValue)"
                + " from AuditEntry e" + query.where() + " order by e.seq desc", AuditRecord.class);
        query.parameters().forEach(list::setParameter);
        return list.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The kinds of records the trail holds, for the filter's choices. */
    public List<String> entityTypes() {
        requireReader();
        return em.createQuery("select distinct e.entityType from AuditEntry e order by e.entityType", String.class)
                .getResultList();
    }

    private void requireReader() {
        if (scope.pathsWith(READERS).isEmpty()) {
            throw new AccessDeniedException("audit trail");
        }
    }

    private record Query(String where, Map<String, Object> parameters) {
    }

    private static Query query(AuditFilter filter, Scope scope) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        // Auditors (and administrators) of a unit read the entries of its subtree, whatever else they hold elsewhere;
        // entries of no unit belong to the root's readers.
        List<String> paths = scope.pathsWith(READERS);
        if (paths.stream().noneMatch(p -> p.chars().filter(c -> c == '/').count() == 2)) {
            where.append(paths.isEmpty() ? " and 1 = 0" : " and (");
            for (int i = 0; i < paths.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("e.unitPath like :scope").append(i);
                parameters.put("scope" + i, paths.get(i) + "%");
            }
            where.append(paths.isEmpty() ? "" : ")");
        }
        if (filter.unitPath() != null && !filter.unitPath().isBlank()) {
            where.append(" and e.unitPath like :unitPath");
            parameters.put("unitPath", filter.unitPath() + "%");
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and e.actor = :actor");
            parameters.put("actor", filter.actor().strip());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.append(" and e.entityType = :entityType");
            parameters.put("entityType", filter.entityType());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.append(" and e.entityId = :entityId");
            parameters.put("entityId", filter.entityId().strip());
        }
        if (filter.action() != null) {
            where.append(" and e.action = :action");
            parameters.put("action", filter.action());
        }
        ZoneId zone = ZoneId.systemDefault();
        if (filter.from() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        return new Query(where.toString(), parameters);
    }
}
