package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An advanced exemplar: a person or collective held up as a model, with a story and a photo. */
@Entity
@Table(name = "cmp_exemplar")
public class Exemplar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_type", nullable = false, updatable = false, length = 16)
    private String recipientType;

    @Column(name = "recipient_code", nullable = false, updatable = false, length = 64)
    private String recipientCode;

    @Column(name = "recipient_name", nullable = false, updatable = false, length = 500)
    private String recipientName;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    private String unitPath;

    @Column(name = "movement_code", updatable = false, length = 64)
    private String movementCode;

    @Column(name = "exemplar_year", nullable = false, updatable = false)
    private Integer year;

    @Column(name = "period_from", updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", updatable = false)
    private LocalDate periodTo;

    @Column(name = "story", nullable = false, updatable = false, length = 10000)
    private String story;

    @Column(name = "photo_id", updatable = false)
    private Long photoId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 128)
    private String recordedBy;

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

    public Long getId() {
        return id;
    }

    public String getRecipientType() {
        return recipientType;
    }

    public String getRecipientCode() {
        return recipientCode;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getMovementCode() {
        return movementCode;
    }

    public Integer getYear() {
        return year;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getStory() {
        return story;
    }

    public Long getPhotoId() {
        return photoId;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
