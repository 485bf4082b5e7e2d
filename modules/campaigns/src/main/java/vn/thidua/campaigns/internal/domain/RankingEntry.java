package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A unit's place in a published ranking (kept as published). */
@Entity
@Table(name = "cmp_ranking")
@NamedQuery(name = "RankingEntry.of", query = "select r from RankingEntry r where r.clusterId = :cluster order by r.position, r.unitName")
public class RankingEntry extends IdentifiedEntity {

    @Column(name = "cluster_id", nullable = false, updatable = false)
    @Getter private Long clusterId;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    @Getter private String unitCode;

    @Column(name = "unit_name", nullable = false, updatable = false, length = 500)
    @Getter private String unitName;

    @Column(name = "position", nullable = false, updatable = false)
    @Getter private Integer position;

    @Column(name = "total", nullable = false, updatable = false)
    @Getter private BigDecimal total;

    @Column(name = "note", updatable = false, length = 1000)
    @Getter private String note;

    protected RankingEntry() {
    }

    public RankingEntry(Long clusterId, String unitCode, String unitName, Integer position, BigDecimal total, String note) {
        this.clusterId = clusterId;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.position = position;
        this.total = total;
        this.note = note;
    }
}
