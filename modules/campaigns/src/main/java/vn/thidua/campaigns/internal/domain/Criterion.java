package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.thidua.campaigns.CriterionKind;

/** A line of a covenant's scoring sheet. */
@Entity
@Table(name = "cmp_criterion")
@NamedQuery(name = "Criterion.of", query = "select c from Criterion c where c.clusterId = :cluster order by c.position")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cluster_id", nullable = false, updatable = false)
    private Long clusterId;

    @Column(name = "position", nullable = false, updatable = false)
    private Integer position;

    @Column(name = "name", nullable = false, updatable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private CriterionKind kind;

    @Column(name = "max_points", nullable = false, updatable = false)
    private BigDecimal maxPoints;

    @Column(name = "weight", nullable = false, updatable = false)
    private BigDecimal weight;

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

    public Long getId() {
        return id;
    }

    public Long getClusterId() {
        return clusterId;
    }

    public Integer getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public CriterionKind getKind() {
        return kind;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public BigDecimal getWeight() {
        return weight;
    }
}
