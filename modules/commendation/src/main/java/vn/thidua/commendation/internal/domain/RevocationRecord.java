package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.commendation.Revocation;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** The revocation of a commendation (Law 2022, handling of violations): the commendation itself stays. */
@Entity
@Table(name = "cmd_revocation")
@NamedQuery(name = "RevocationRecord.ofAll",
        query = "select r from RevocationRecord r join fetch r.commendation c where c.id in :ids")
public class RevocationRecord extends IdentifiedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commendation_id", nullable = false, updatable = false, unique = true)
    @Getter private Commendation commendation;

    @Column(name = "reason", nullable = false, updatable = false, length = 10000)
    private String reason;

    @Column(name = "decision_number", nullable = false, updatable = false, length = 128)
    private String decisionNumber;

    @Column(name = "decision_date", nullable = false, updatable = false)
    private LocalDate decisionDate;

    @Column(name = "item_recovered", nullable = false, updatable = false)
    private boolean itemRecovered;

    @Column(name = "money_recovered", updatable = false, precision = 15)
    private BigDecimal moneyRecovered;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 128)
    private String recordedBy;

    protected RevocationRecord() {
    }

    public RevocationRecord(Commendation commendation, Revocation revocation, OffsetDateTime recordedAt,
                            String recordedBy) {
        this.commendation = commendation;
        this.reason = revocation.reason();
        this.decisionNumber = revocation.decisionNumber();
        this.decisionDate = revocation.decisionDate();
        this.itemRecovered = revocation.itemRecovered();
        this.moneyRecovered = revocation.moneyRecovered();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Revocation toRevocation() {
        return new Revocation(reason, decisionNumber, decisionDate, itemRecovered, moneyRecovered);
    }
}
