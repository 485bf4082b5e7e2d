package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A unit's place in a published ranking (kept as published). */
@Entity
@Table(name = "cmp_ranking")
@NamedQuery(name = "RankingEntry.of", query = "select r from RankingEntry r where r.clusterId = :cluster order by r.position, r.unitName")
public class RankingEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cluster_id", nullable = false, updatable = false)
    private Long clusterId;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    private String unitCode;

    @Column(name = "unit_name", nullable = false, updatable = false, length = 500)
    private String unitName;

    @Column(name = "position", nullable = false, updatable = false)
    private Integer position;

    @Column(name = "total", nullable = false, updatable = false)
    private BigDecimal total;

    @Column(name = "note", updatable = false, length = 1000)
    private String note;

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

    public Long getId() {
        return id;
    }

    public Long getClusterId() {
        return clusterId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public Integer getPosition() {
        return position;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getNote() {
        return note;
    }
}
