package vn.thidua.organisation;

/**
 * A unit and its subtree moved under another parent (a move, or a merger handing its subunits to the successor):
 * every path that began with {@code oldPath} now begins with {@code newPath}. Fired inside the moving transaction;
 * modules that keep copies of unit paths on their records (for scope checks and subtree queries) observe it and
 * rewrite them in the same transaction, so that after the move the old superior's officers lose access and the new
 * one's gain it — or the move rolls back whole.
 */
public record UnitMoved(String unitCode, String oldPath, String newPath) {

    /**
     * Rewrites the path copies of a module's tables for this move, in the caller's transaction, drops the entities
     * from the shared cache (the update bypasses it) and puts the rewrite in the audit trail. Returns the rows changed
     * per table.
     *
     * @param columns table name → path column, of tables the calling module owns
     */
    public java.util.Map<String, Integer> follow(jakarta.persistence.EntityManager em,
                                                 vn.thidua.platform.audit.AuditTrail auditTrail,
                                                 java.util.Map<String, String> columns, Class<?>... entities) {
        java.util.Map<String, Integer> changed = new java.util.TreeMap<>();
        columns.forEach((table, column) -> changed.put(table, em.createNativeQuery("update " + table + " set " + column
                        + " = ? || substring(" + column + ", ?) where " + column + " like ?")
                .setParameter(1, newPath).setParameter(2, oldPath.length() + 1).setParameter(3, oldPath + "%")
                .executeUpdate()));
        for (Class<?> entity : entities) {
            em.getEntityManagerFactory().getCache().evict(entity);
        }
        auditTrail.recordIn(newPath, "UnitPaths", unitCode, vn.thidua.platform.audit.AuditAction.UPDATE,
                java.util.Map.of("path", oldPath), java.util.Map.of("path", newPath, "rows", changed));
        return changed;
    }
}
