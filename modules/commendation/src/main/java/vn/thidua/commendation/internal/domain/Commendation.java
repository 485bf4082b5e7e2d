package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import vn.thidua.commendation.CommendationInput;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.persistence.IdentifiedEntity;

/**
 * A decided commendation. Written once and never changed: a correction is a new row that supersedes this one,
 * a revocation a row of its own. The snapshot (unit, its kind, the person's position category) is taken as it
 * was on the decision date, for the statutory reports.
 */
@Entity
@Table(name = "cmd_commendation")
@NamedQuery(name = "Commendation.activeOf",
        query = "select c from Commendation c where c.recipientType = :type and c.recipientCode = :code"
                + " and " + Commendation.ACTIVE)
@NamedQuery(name = "Commendation.activeOfPeopleInYear",
        query = "select c.recipientCode, c.awardCode from Commendation c where c.recipientType = vn.thidua.commendation.RecipientType.PERSON"
                + " and c.recipientCode in :codes and c.year = :year"
                + " and " + Commendation.ACTIVE)
@NamedQuery(name = "Commendation.countsInSubtree",
        query = "select c.awardCode, count(c) from Commendation c where c.recipientType = vn.thidua.commendation.RecipientType.PERSON"
                + " and c.unitPath like :path and c.year = :year"
                + " and " + Commendation.ACTIVE + " group by c.awardCode")
@NamedQuery(name = "Commendation.countsByPath",
        query = "select c.unitPath, c.awardCode, count(c) from Commendation c"
                + " where c.recipientType = vn.thidua.commendation.RecipientType.PERSON"
                + " and c.unitPath like :path and c.year = :year"
                + " and " + Commendation.ACTIVE + " group by c.unitPath, c.awardCode")
@NamedQuery(name = "Commendation.activeOfRecipients",
        query = "select c.recipientCode, c.awardCode, c.year from Commendation c where c.recipientType = :type"
                + " and c.recipientCode in :codes and c.year >= :from"
                + " and " + Commendation.ACTIVE)
@NamedQuery(name = "Commendation.activeOfUnitInYear",
        query = "select c from Commendation c where c.recipientType = vn.thidua.commendation.RecipientType.UNIT"
                + " and c.recipientCode = :code and c.year = :year"
                + " and " + Commendation.ACTIVE)
@NamedQuery(name = "Commendation.historyOf",
        query = "select c from Commendation c where c.recipientType = :type and c.recipientCode = :code"
                + " order by c.decisionDate desc, c.id desc")
@NamedQuery(name = "Commendation.supersedingOf",
        query = "select s.supersedes.id, s.id from Commendation s where s.supersedes.id in :ids")
public class Commendation extends IdentifiedEntity {

    /**
     * What "active" means for a commendation aliased {@code c} in JPQL: neither revoked nor superseded. The one
     * definition every query that counts or checks commendations uses.
     */
    public static final String ACTIVE = "not exists (select r from RevocationRecord r where r.commendation = c)"
            + " and not exists (select s from Commendation s where s.supersedes = c)";


    @Column(name = "award_code", nullable = false, updatable = false, length = 64)
    @Getter private String awardCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false, updatable = false, length = 16)
    @Getter private RecipientType recipientType;

    @Column(name = "recipient_code", nullable = false, updatable = false, length = 64)
    @Getter private String recipientCode;

    @Column(name = "year_achieved", nullable = false, updatable = false)
    @Getter private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "commendation_type", nullable = false, updatable = false, length = 16)
    @Getter private CommendationType type;

    @Column(name = "movement_code", updatable = false, length = 64)
    @Getter private String movementCode;

    @Column(name = "decision_number", nullable = false, updatable = false, length = 128)
    @Getter private String decisionNumber;

    @Column(name = "decision_date", nullable = false, updatable = false)
    @Getter private LocalDate decisionDate;

    @Column(name = "signer", updatable = false, length = 500)
    @Getter private String signer;

    @Column(name = "authority", updatable = false, length = 500)
    @Getter private String authority;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    @Getter private String unitCode;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    @Getter private String unitPath;

    @Column(name = "unit_kind", nullable = false, updatable = false, length = 32)
    @Getter private String unitKind;

    @Column(name = "position_category", updatable = false, length = 32)
    @Getter private String positionCategory;

    @Column(name = "reward_amount", updatable = false, precision = 15)
    @Getter private BigDecimal rewardAmount;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supersedes_id", updatable = false)
    @Getter private Commendation supersedes;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 128)
    private String recordedBy;

    protected Commendation() {
    }

    /** The snapshot of the recipient on the decision date. */
    public record Snapshot(String unitCode, String unitPath, String unitKind, String positionCategory) {
    }

    public Commendation(CommendationInput input, Snapshot snapshot, BigDecimal rewardAmount, Commendation supersedes,
                        OffsetDateTime recordedAt, String recordedBy) {
        this.awardCode = input.awardCode();
        this.recipientType = input.recipientType();
        this.recipientCode = input.recipientCode();
        this.year = input.year();
        this.type = input.type();
        this.movementCode = input.movementCode();
        this.decisionNumber = input.decisionNumber();
        this.decisionDate = input.decisionDate();
        this.signer = input.signer();
        this.authority = input.authority();
        this.unitCode = snapshot.unitCode();
        this.unitPath = snapshot.unitPath();
        this.unitKind = snapshot.unitKind();
        this.positionCategory = snapshot.positionCategory();
        this.rewardAmount = rewardAmount;
        this.supersedes = supersedes;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("awardCode", awardCode);
        values.put("recipientType", recipientType);
        values.put("recipientCode", recipientCode);
        values.put("year", year);
        values.put("type", type);
        values.put("movementCode", movementCode);
        values.put("decisionNumber", decisionNumber);
        values.put("decisionDate", decisionDate);
        values.put("signer", signer);
        values.put("authority", authority);
        values.put("unitCode", unitCode);
        values.put("positionCategory", positionCategory);
        values.put("rewardAmount", rewardAmount);
        values.put("supersedes", supersedes == null ? null : supersedes.getId());
        return values;
    }
}
