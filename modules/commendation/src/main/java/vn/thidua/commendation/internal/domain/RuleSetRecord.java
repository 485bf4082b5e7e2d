package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A version of the rules, in force from a date to a date (open-ended when {@code effectiveTo} is null). */
@Entity
@Table(name = "cmd_rule_set")
@NamedQuery(name = "RuleSetRecord.all", query = "select s from RuleSetRecord s order by s.effectiveFrom")
@NamedQuery(name = "RuleSetRecord.byCode", query = "select s from RuleSetRecord s where s.code = :code")
@NamedQuery(name = "RuleSetRecord.inForce", query = "select s from RuleSetRecord s where s.effectiveFrom <= :date"
        + " and (s.effectiveTo is null or s.effectiveTo >= :date) and s.replacedBy is null"
        + " order by s.effectiveFrom desc, s.id desc")
public class RuleSetRecord extends IdentifiedEntity {

    @Column(name = "code", nullable = false, unique = true, length = 64)
    @Getter private String code;

    @Column(name = "name", nullable = false, length = 500)
    @Getter private String name;

    @Column(name = "effective_from", nullable = false)
    @Getter private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    @Getter private LocalDate effectiveTo;

    /** The corrected version for the same period that replaced this one (which stays, for the verdicts it gave). */
    @Column(name = "replaced_by", length = 64)
    @Getter private String replacedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 128)
    private String createdBy;

    protected RuleSetRecord() {
    }

    public RuleSetRecord(String code, String name, LocalDate effectiveFrom, OffsetDateTime createdAt, String createdBy) {
        this.code = code;
        this.name = name;
        this.effectiveFrom = effectiveFrom;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Ends the version the day before its successor starts. */
    public void endBefore(LocalDate successorFrom) {
        this.effectiveTo = successorFrom.minusDays(1);
    }
}
