package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The signed decision of a batch; its number is unique per issuing authority and year. */
@Entity
@Table(name = "cmd_decision")
public class DecisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private Long batchId;

    @Column(name = "authority", nullable = false, updatable = false, length = 500)
    private String authority;

    @Column(name = "decision_number", nullable = false, updatable = false, length = 128)
    private String number;

    @Column(name = "decision_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "decision_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "signer", nullable = false, updatable = false, length = 500)
    private String signer;

    @Column(name = "signed_by", nullable = false, updatable = false, length = 128)
    private String signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private OffsetDateTime signedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "signer_position", updatable = false, length = 16)
    private vn.thidua.commendation.SignerPosition position;

    @Column(name = "place", updatable = false, length = 200)
    private String place;

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

    public Long getId() {
        return id;
    }

    public Long getBatchId() {
        return batchId;
    }

    public String getAuthority() {
        return authority;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getSigner() {
        return signer;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public OffsetDateTime getSignedAt() {
        return signedAt;
    }

    public vn.thidua.commendation.SignerPosition getPosition() {
        return position;
    }

    public String getPlace() {
        return place;
    }

    public vn.thidua.commendation.Nominations.DecisionDetails view() {
        return new vn.thidua.commendation.Nominations.DecisionDetails(authority, number, date, signer, signedBy, signedAt,
                position, place);
    }
}
