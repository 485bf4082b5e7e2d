package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.campaigns.ReviewKind;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** An interim or final review of a movement, with its key figures and report. */
@Entity
@Table(name = "cmp_movement_review")
@NamedQuery(name = "Review.of", query = "select r from Review r where r.movementId = :movement order by r.heldOn, r.id")
public class Review extends IdentifiedEntity {

    @Column(name = "movement_id", nullable = false, updatable = false)
    @Getter private Long movementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    @Getter private ReviewKind kind;

    @Column(name = "held_on", nullable = false, updatable = false)
    @Getter private LocalDate heldOn;

    @Column(name = "summary", nullable = false, updatable = false, length = 10000)
    @Getter private String summary;

    @Column(name = "figures", updatable = false, length = 10000)
    @Getter private String figures;

    @Column(name = "document_id", updatable = false)
    @Getter private Long documentId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 128)
    @Getter private String recordedBy;

    protected Review() {
    }

    public Review(Long movementId, ReviewKind kind, LocalDate heldOn, String summary, String figures, Long documentId, OffsetDateTime recordedAt, String recordedBy) {
        this.movementId = movementId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.summary = summary;
        this.figures = figures;
        this.documentId = documentId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
