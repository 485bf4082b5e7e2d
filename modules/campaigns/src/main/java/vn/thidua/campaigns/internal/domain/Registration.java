package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.thidua.campaigns.RegistrationState;

/** A unit's registration for a year (and movement): its collective target and its people's titles. */
@Entity
@Table(name = "cmp_registration")
@NamedQuery(name = "Registration.latest", query = "select r from Registration r order by r.year desc, r.id desc")
@NamedQuery(name = "Registration.of", query = "select r from Registration r where r.unitCode = :unit and r.year = :year")
public class Registration extends vn.thidua.platform.persistence.TrackedEntity {

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    private String unitCode;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    private String unitPath;

    @Column(name = "registration_year", nullable = false, updatable = false)
    private Integer year;

    @Column(name = "movement_code", updatable = false, length = 64)
    private String movementCode;

    @Column(name = "collective_award", length = 64)
    private String collectiveAward;

    @Column(name = "collective_target", length = 10000)
    private String collectiveTarget;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private RegistrationState state;

    @Column(name = "return_reason", length = 10000)
    private String returnReason;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", length = 128)
    private String submittedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 128)
    private String decidedBy;

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

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public Integer getYear() {
        return year;
    }

    public String getMovementCode() {
        return movementCode;
    }

    public String getCollectiveAward() {
        return collectiveAward;
    }

    public String getCollectiveTarget() {
        return collectiveTarget;
    }

    public RegistrationState getState() {
        return state;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setCollectiveAward(String collectiveAward) {
        this.collectiveAward = collectiveAward;
    }

    public void setCollectiveTarget(String collectiveTarget) {
        this.collectiveTarget = collectiveTarget;
    }

    public void setState(RegistrationState state) {
        this.state = state;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public void setSubmittedAt(OffsetDateTime submittedAt) {
        this.submittedAt = submittedAt;
    }

    public void setSubmittedBy(String submittedBy) {
        this.submittedBy = submittedBy;
    }

    public void setDecidedAt(OffsetDateTime decidedAt) {
        this.decidedAt = decidedAt;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }
}
