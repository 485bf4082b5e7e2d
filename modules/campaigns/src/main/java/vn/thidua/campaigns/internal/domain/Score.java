package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A unit's points on a criterion: its own with evidence, and the head's confirmed points with the reason of any change. */
@Entity
@Table(name = "cmp_score")
@NamedQuery(name = "Score.ofCluster", query = "select s from Score s, ClusterMember m where s.memberId = m.id and m.clusterId = :cluster")
public class Score extends IdentifiedEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    @Getter private Long memberId;

    @Column(name = "criterion_id", nullable = false, updatable = false)
    @Getter private Long criterionId;

    @Column(name = "self_points", nullable = false)
    @Getter @Setter private BigDecimal selfPoints;

    @Column(name = "evidence", length = 10000)
    @Getter @Setter private String evidence;

    @Column(name = "confirmed_points")
    @Getter @Setter private BigDecimal confirmedPoints;

    @Column(name = "adjust_reason", length = 10000)
    @Getter @Setter private String adjustReason;

    protected Score() {
    }

    public Score(Long memberId, Long criterionId, BigDecimal selfPoints) {
        this.memberId = memberId;
        this.criterionId = criterionId;
        this.selfPoints = selfPoints;
    }
}
