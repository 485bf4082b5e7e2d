package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.thidua.organisation.UnitKind;
import vn.thidua.platform.SearchText;

/** A node of the unit tree: the province, its departments, communes, agencies, schools, villages, … */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "Unit.byCode", query = "select u from Unit u left join fetch u.parent where u.code = :code")
@NamedQuery(name = "Unit.childrenCodes",
        query = "select c.code from Unit c where c.parent.id = :parentId order by c.code")
@NamedQuery(name = "Unit.roots", query = "select u from Unit u where u.parent is null order by u.id")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "search_name", nullable = false, length = 500)
    private String searchName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Unit getParent() {
        return parent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public long getVersion() {
        return version;
    }
}
