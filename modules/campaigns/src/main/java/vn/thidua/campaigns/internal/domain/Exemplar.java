package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** An advanced exemplar: a person or collective held up as a model, with a story and a photo. */
@Entity
@Table(name = "cmp_exemplar")
public class Exemplar extends IdentifiedEntity {

    @Column(name = "recipient_type", nullable = false, updatable = false, length = 16)
    @Getter private String recipientType;

    @Column(name = "recipient_code", nullable = false, updatable = false, length = 64)
    @Getter private String recipientCode;

    @Column(name = "recipient_name", nullable = false, updatable = false, length = 500)
    @Getter private String recipientName;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    @Getter private String unitPath;

    @Column(name = "movement_code", updatable = false, length = 64)
    @Getter private String movementCode;

    @Column(name = "exemplar_year", nullable = false, updatable = false)
    @Getter private Integer year;

    @Column(name = "period_from", updatable = false)
    @Getter private LocalDate periodFrom;

    @Column(name = "period_to", updatable = false)
    @Getter private LocalDate periodTo;

    @Column(name = "story", nullable = false, updatable = false, length = 10000)
    @Getter private String story;

    @Column(name = "photo_id", updatable = false)
    @Getter private Long photoId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 128)
    @Getter private String recordedBy;

    protected Exemplar() {
    }

    public Exemplar(String recipientType, String recipientCode, String recipientName, String unitPath, String movementCode, Integer year, LocalDate periodFrom, LocalDate periodTo, String story, Long photoId, OffsetDateTime recordedAt, String recordedBy) {
        this.recipientType = recipientType;
        this.recipientCode = recipientCode;
        this.recipientName = recipientName;
        this.unitPath = unitPath;
        this.movementCode = movementCode;
        this.year = year;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.story = story;
        this.photoId = photoId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
