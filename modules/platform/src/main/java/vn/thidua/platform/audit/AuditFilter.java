package vn.thidua.platform.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What to look for in the audit trail; every part is optional. {@code actor} and {@code entityId} match exactly,
 * the dates are inclusive days in the server's time zone, {@code unitPath} limits to a unit's subtree.
 */
public record AuditFilter(String actor, String entityType, String entityId, AuditAction action, LocalDate from,
                          LocalDate to, String unitPath) implements Serializable {
}
