package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import vn.thidua.organisation.UnitKind;
import vn.thidua.platform.SearchText;
import vn.thidua.platform.persistence.IdentifiedEntity;

/**
 * A node of the unit tree: the province, its departments, communes, agencies, schools, villages, … Its
 * {@code path} lists the ids from the root ("/1/5/23/") so that a subtree is one prefix match.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "Unit.byCode", query = "select u from Unit u left join fetch u.parent where u.code = :code")
@NamedQuery(name = "Unit.childrenCodes",
        query = "select c.code from Unit c where c.parent.id = :parentId order by c.code")
@NamedQuery(name = "Unit.predecessorCodes",
        query = "select p.code from Unit p where p.successor.id = :unitId order by p.code")
@NamedQuery(name = "Unit.roots", query = "select u from Unit u where u.parent is null order by u.id")
@NamedQuery(name = "Unit.under", query = "select u from Unit u where u.parent.code = :parentCode"
        + " order by u.name, u.code")
@NamedQuery(name = "Unit.topLevel", query = "select u from Unit u where u.parent is null order by u.name")
@NamedQuery(name = "Unit.byPath", query = "select u from Unit u where u.path = :path")
@NamedQuery(name = "Unit.search", query = "select u from Unit u"
        + " where u.searchName like :text or lower(u.code) like :text order by u.name")
@NamedQuery(name = "Unit.withChildren", query = "select distinct c.parent.id from Unit c where c.parent.id in :ids")
@NamedQuery(name = "Unit.descendants", query = "select u from Unit u where u.path like :prefix and u.id <> :id")
public class Unit extends IdentifiedEntity {

    @Column(name = "code", nullable = false, unique = true, length = 64)
    @Getter private String code;

    @Column(name = "name", nullable = false, length = 500)
    @Getter private String name;

    @Column(name = "search_name", nullable = false, length = 500)
    private String searchName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    @Getter private UnitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_count", nullable = false, length = 16)
    @Getter private vn.thidua.organisation.MemberCount memberCount = vn.thidua.organisation.MemberCount.AUTO;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    @Getter private Unit parent;

    @Column(name = "path", nullable = false, length = 1000)
    @Getter private String path = "/";

    @Column(name = "valid_from")
    @Getter private LocalDate validFrom;

    @Column(name = "valid_to")
    @Getter private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    @Getter private Unit successor;

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected Unit() {
    }

    public Unit(String code, String name, UnitKind kind, Unit parent) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
    }

    @PrePersist
    @PreUpdate
    void normaliseForSearch() {
        searchName = SearchText.normalise(name);
    }

    /** Sets the path once the id is known (after the insert), or again after a move. */
    public void placeUnder(Unit newParent) {
        this.parent = newParent;
        this.path = (newParent == null ? "/" : newParent.getPath()) + getId() + "/";
    }

    /** True when {@code other} is this unit or lies in its subtree. */
    public boolean contains(Unit other) {
        return other.getPath().startsWith(path);
    }

    public void update(String newName, UnitKind newKind, LocalDate newValidFrom, LocalDate newValidTo,
                       vn.thidua.organisation.MemberCount newMemberCount) {
        this.memberCount = newMemberCount;
        this.name = newName;
        this.kind = newKind;
        this.validFrom = newValidFrom;
        this.validTo = newValidTo;
    }

    /** Ends the unit on the day before {@code effectiveDate}; a merged unit names its successor. */
    public void end(LocalDate effectiveDate, Unit successorUnit) {
        this.validTo = effectiveDate.minusDays(1);
        this.successor = successorUnit;
    }

    /** The values the audit trail records. */
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("name", name);
        values.put("kind", kind);
        values.put("memberCount", memberCount);
        values.put("parentCode", parent == null ? null : parent.getCode());
        values.put("validFrom", validFrom);
        values.put("validTo", validTo);
        values.put("successorCode", successor == null ? null : successor.getCode());
        return values;
    }
}
