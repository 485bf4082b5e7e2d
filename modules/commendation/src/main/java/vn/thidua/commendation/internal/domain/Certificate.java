package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** The certificate of a decided commendation with its number in the authority's register for the year. */
@Entity
@Table(name = "cmd_certificate")
public class Certificate extends IdentifiedEntity {

    @Column(name = "commendation_id", nullable = false, updatable = false)
    @Getter private Long commendationId;

    @Column(name = "authority", nullable = false, updatable = false, length = 500)
    private String authority;

    @Column(name = "register_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequence;

    @Column(name = "register_number", nullable = false, updatable = false, length = 64)
    @Getter private String registerNumber;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 128)
    private String issuedBy;

    protected Certificate() {
    }

    public Certificate(Long commendationId, String authority, int year, int sequence, OffsetDateTime issuedAt,
                       String issuedBy) {
        this.commendationId = commendationId;
        this.authority = authority;
        this.year = year;
        this.sequence = sequence;
        this.registerNumber = String.format("%05d/%d", sequence, year);
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }
}
