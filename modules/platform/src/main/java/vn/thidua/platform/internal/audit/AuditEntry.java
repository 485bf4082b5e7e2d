package vn.thidua.platform.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** One append-only line of the audit trail: who, when, what, and the values before and after. */
@Entity
@Table(name = "plt_audit_entry")
@NamedQuery(name = "AuditEntry.chainFrom",
        query = "select e from AuditEntry e where e.seq > :afterSeq order by e.seq")
public class AuditEntry extends IdentifiedEntity {

    @Column(name = "seq", nullable = false, updatable = false)
    @Getter private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 128)
    @Getter private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
    @Getter private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 128)
    @Getter private String entityId;

    @Column(name = "unit_path", updatable = false, length = 1000)
    @Getter private String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 32)
    @Getter private AuditAction action;

    @Column(name = "before_value", updatable = false)
    @Getter private String beforeValue;

    @Column(name = "after_value", updatable = false)
    @Getter private String afterValue;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    @Getter private String prevHash;

    @Column(name = "hash", nullable = false, updatable = false, length = 64)
    @Getter private String hash;

    /** Sealed with the installation's key (HMAC-SHA256) rather than hashed. */
    @Column(name = "keyed", nullable = false, updatable = false)
    @Getter private boolean keyed;

    protected AuditEntry() {
    }

    public AuditEntry(long seq, OffsetDateTime occurredAt, String actor, String entityType, String entityId,
                      String unitPath, AuditAction action, String beforeValue, String afterValue, String prevHash,
                      byte[] key) {
        this.unitPath = unitPath;
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
        this.prevHash = prevHash;
        this.keyed = key != null;
        this.hash = AuditHash.of(this, key);
    }
}
