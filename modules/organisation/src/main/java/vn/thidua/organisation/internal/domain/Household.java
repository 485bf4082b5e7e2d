package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import vn.thidua.platform.SearchText;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A household, for family titles, in its village or commune. */
@Entity
@Table(name = "org_household")
@NamedQuery(name = "Household.byCode", query = "select h from Household h join fetch h.unit where h.code = :code")
@NamedQuery(name = "Household.search", query = "select h from Household h join fetch h.unit"
        + " where h.searchName like :text or lower(h.code) like :text order by h.searchName, h.code")
@NamedQuery(name = "Household.inUnit", query = "select h from Household h where h.unit = :unit")
public class Household extends IdentifiedEntity {

    @Column(name = "code", nullable = false, unique = true, length = 64)
    @Getter private String code;

    @Column(name = "head_name", nullable = false, length = 500)
    @Getter private String headName;

    @Column(name = "search_name", nullable = false, length = 500)
    private String searchName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    @Getter private Unit unit;

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected Household() {
    }

    public Household(String code) {
        this.code = code;
    }

    @PrePersist
    @PreUpdate
    void normaliseForSearch() {
        searchName = SearchText.normalise(headName);
    }

    public void update(String newHeadName, Unit newUnit) {
        this.headName = newHeadName;
        this.unit = newUnit;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("headName", headName);
        values.put("unitCode", unit == null ? null : unit.getCode());
        return values;
    }
}
