package vn.thidua.platform.audit;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An audit entry as screens and exports show it. */
public record AuditRecord(long seq, OffsetDateTime occurredAt, String actor, String entityType, String entityId,
                          AuditAction action, String before, String after) implements Serializable {
}
