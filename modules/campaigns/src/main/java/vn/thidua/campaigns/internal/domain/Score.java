package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A unit's points on a criterion: its own with evidence, and the head's confirmed points with the reason of any change. */
@Entity
@Table(name = "cmp_score")
@NamedQuery(name = "Score.ofCluster", query = "select s from Score s, ClusterMember m where s.memberId = m.id and m.clusterId = :cluster")
public class Score {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "criterion_id", nullable = false, updatable = false)
    private Long criterionId;

    @Column(name = "self_points", nullable = false)
    private BigDecimal selfPoints;

    @Column(name = "evidence", length = 10000)
    private String evidence;

    @Column(name = "confirmed_points")
    private BigDecimal confirmedPoints;

    @Column(name = "adjust_reason", length = 10000)
    private String adjustReason;

    protected Score() {
    }

    public Score(Long memberId, Long criterionId, BigDecimal selfPoints) {
        this.memberId = memberId;
        this.criterionId = criterionId;
        this.selfPoints = selfPoints;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public BigDecimal getSelfPoints() {
        return selfPoints;
    }

    public String getEvidence() {
        return evidence;
    }

    public BigDecimal getConfirmedPoints() {
        return confirmedPoints;
    }

    public String getAdjustReason() {
        return adjustReason;
    }

    public void setSelfPoints(BigDecimal selfPoints) {
        this.selfPoints = selfPoints;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public void setConfirmedPoints(BigDecimal confirmedPoints) {
        this.confirmedPoints = confirmedPoints;
    }

    public void setAdjustReason(String adjustReason) {
        this.adjustReason = adjustReason;
    }
}
