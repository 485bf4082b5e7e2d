package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.Getter;
import vn.thidua.campaigns.CriterionKind;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A line of a covenant's scoring sheet. */
@Entity
@Table(name = "cmp_criterion")
@NamedQuery(name = "Criterion.of", query = "select c from Criterion c where c.clusterId = :cluster order by c.position")
public class Criterion extends IdentifiedEntity {

    @Column(name = "cluster_id", nullable = false, updatable = false)
    @Getter private Long clusterId;

    @Column(name = "position", nullable = false, updatable = false)
    @Getter private Integer position;

    @Column(name = "name", nullable = false, updatable = false, length = 500)
    @Getter private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    @Getter private CriterionKind kind;

    @Column(name = "max_points", nullable = false, updatable = false)
    @Getter private BigDecimal maxPoints;

    @Column(name = "weight", nullable = false, updatable = false)
    @Getter private BigDecimal weight;

    protected Criterion() {
    }

    public Criterion(Long clusterId, Integer position, String name, CriterionKind kind, BigDecimal maxPoints, BigDecimal weight) {
        this.clusterId = clusterId;
        this.position = position;
        this.name = name;
        this.kind = kind;
        this.maxPoints = maxPoints;
        this.weight = weight;
    }
}
