package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.thidua.organisation.UnitChangeKind;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A merger or a dissolution, kept for the unit's history; never changed afterwards. */
@Entity
@Table(name = "org_unit_change")
@NamedQuery(name = "UnitChangeEvent.involving",
        query = "select new vn.thidua.organisation.UnitChange(c.kind, u.code, u.name, s.code, s.name,"
                + " c.effectiveDate, c.decisionNumber) from UnitChangeEvent c join c.unit u left join c.successor s"
                + " where u.id in :unitIds or s.id in :unitIds order by c.effectiveDate desc, u.code")
public class UnitChangeEvent extends IdentifiedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private UnitChangeKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Unit successor;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "decision_number", length = 128)
    private String decisionNumber;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 128)
    private String recordedBy;

    protected UnitChangeEvent() {
    }

    public UnitChangeEvent(UnitChangeKind kind, Unit unit, Unit successor, LocalDate effectiveDate,
                           String decisionNumber, OffsetDateTime recordedAt, String recordedBy) {
        this.kind = kind;
        this.unit = unit;
        this.successor = successor;
        this.effectiveDate = effectiveDate;
        this.decisionNumber = decisionNumber;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
