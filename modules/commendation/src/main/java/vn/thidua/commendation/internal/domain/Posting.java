package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;

/** The public posting of a batch's nominees, open for opinions until the end of {@code closesOn}. */
@Entity
@Table(name = "cmd_posting")
public class Posting {

    @Id
    @Column(name = "batch_id")
    @Getter private Long batchId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 128)
    private String openedBy;

    @Column(name = "closes_on", nullable = false, updatable = false)
    @Getter private LocalDate closesOn;

    protected Posting() {
    }

    public Posting(Long batchId, OffsetDateTime openedAt, String openedBy, LocalDate closesOn) {
        this.batchId = batchId;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.closesOn = closesOn;
    }
}
