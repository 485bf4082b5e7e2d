package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;

/** A public holiday or a day of Tết off work. */
@Entity
@Table(name = "cmd_holiday")
public class Holiday {

    @Id
    @Column(name = "holiday")
    @Getter private LocalDate day;

    @Column(name = "name", nullable = false, length = 200)
    @Getter private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    @Getter private String createdBy;

    protected Holiday() {
    }

    public Holiday(LocalDate day, String name, OffsetDateTime createdAt, String createdBy) {
        this.day = day;
        this.name = name;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }
}
