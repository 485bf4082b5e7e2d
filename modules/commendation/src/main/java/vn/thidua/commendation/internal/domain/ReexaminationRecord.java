package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A flag on a decided award whose conditions relied on a record later revoked or superseded. */
@Entity
@Table(name = "cmd_reexamination")
public class ReexaminationRecord extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commendation_id", nullable = false, updatable = false)
    private Commendation commendation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cause_id", nullable = false, updatable = false)
    private Commendation cause;

    @Column(name = "cause_kind", nullable = false, updatable = false, length = 16)
    private String causeKind;

    @Column(name = "summary", nullable = false, updatable = false, length = 10000)
    private String summary;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    private String unitPath;

    @Column(name = "flagged_at", nullable = false, updatable = false)
    private OffsetDateTime flaggedAt;

    @Column(name = "flagged_by", nullable = false, updatable = false, length = 128)
    private String flaggedBy;

    protected ReexaminationRecord() {
    }

    public ReexaminationRecord(Commendation commendation, Commendation cause, String causeKind, String summary,
                               OffsetDateTime flaggedAt, String flaggedBy) {
        this.commendation = commendation;
        this.cause = cause;
        this.causeKind = causeKind;
        this.summary = summary;
        this.unitPath = commendation.getUnitPath();
        this.flaggedAt = flaggedAt;
        this.flaggedBy = flaggedBy;
    }
}
