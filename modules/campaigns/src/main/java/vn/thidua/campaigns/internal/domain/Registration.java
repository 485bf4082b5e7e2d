package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.campaigns.RegistrationState;

/** A unit's registration for a year (and movement): its collective target and its people's titles. */
@Entity
@Table(name = "cmp_registration")
@NamedQuery(name = "Registration.latest", query = "select r from Registration r order by r.year desc, r.id desc")
@NamedQuery(name = "Registration.of", query = "select r from Registration r where r.unitCode = :unit and r.year = :year")
public class Registration extends vn.thidua.platform.persistence.TrackedEntity {

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    @Getter private String unitCode;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    @Getter private String unitPath;

    @Column(name = "registration_year", nullable = false, updatable = false)
    @Getter private Integer year;

    @Column(name = "movement_code", updatable = false, length = 64)
    @Getter private String movementCode;

    @Column(name = "collective_award", length = 64)
    @Getter @Setter private String collectiveAward;

    @Column(name = "collective_target", length = 10000)
    @Getter @Setter private String collectiveTarget;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    @Getter @Setter private RegistrationState state;

    @Column(name = "return_reason", length = 10000)
    @Getter @Setter private String returnReason;

    @Column(name = "submitted_at")
    @Getter @Setter private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", length = 128)
    @Getter @Setter private String submittedBy;

    @Column(name = "decided_at")
    @Getter @Setter private OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 128)
    @Getter @Setter private String decidedBy;

    protected Registration() {
    }

    public Registration(String unitCode, String unitPath, Integer year, String movementCode, RegistrationState state, OffsetDateTime createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.unitCode = unitCode;
        this.unitPath = unitPath;
        this.year = year;
        this.movementCode = movementCode;
        this.state = state;
    }
}
