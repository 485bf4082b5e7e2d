package vn.thidua.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import lombok.Getter;

/**
 * A record with a generated id (see {@link IdentifiedEntity}), who created it and when, and a version that refuses a change made on a stale copy
 * (columns {@code id}, {@code created_at}, {@code created_by}, {@code version} of its table).
 */
@MappedSuperclass
public abstract class TrackedEntity extends IdentifiedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    @Getter private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected TrackedEntity() {
    }

    protected TrackedEntity(OffsetDateTime createdAt, String createdBy) {
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }
}
