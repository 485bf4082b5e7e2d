package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** The signed decision of a batch; its number is unique per issuing authority and year. */
@Entity
@Table(name = "cmd_decision")
public class DecisionRecord extends IdentifiedEntity {

    @Column(name = "batch_id", nullable = false, updatable = false)
    @Getter private Long batchId;

    @Column(name = "authority", nullable = false, updatable = false, length = 500)
    @Getter private String authority;

    @Column(name = "decision_number", nullable = false, updatable = false, length = 128)
    @Getter private String number;

    @Column(name = "decision_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "decision_date", nullable = false, updatable = false)
    @Getter private LocalDate date;

    @Column(name = "signer", nullable = false, updatable = false, length = 500)
    @Getter private String signer;

    @Column(name = "signed_by", nullable = false, updatable = false, length = 128)
    @Getter private String signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime signedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "signer_position", updatable = false, length = 16)
    @Getter private vn.thidua.commendation.SignerPosition position;

    @Column(name = "place", updatable = false, length = 200)
    @Getter private String place;

    protected DecisionRecord() {
    }

    public DecisionRecord(Long batchId, String authority, String number, LocalDate date, String signer,
                          vn.thidua.commendation.SignerPosition position, String place, String signedBy,
                          OffsetDateTime signedAt) {
        this.position = position;
        this.place = place;
        this.batchId = batchId;
        this.authority = authority;
        this.number = number;
        this.year = date.getYear();
        this.date = date;
        this.signer = signer;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    public vn.thidua.commendation.Nominations.DecisionDetails view() {
        return new vn.thidua.commendation.Nominations.DecisionDetails(authority, number, date, signer, signedBy, signedAt,
                position, place);
    }
}
