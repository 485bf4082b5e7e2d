package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** An entry of the catalogue: an emulation title or a form of commendation, and whom it is for. */
@Entity
@Cacheable(false)
@Table(name = "cmd_award")
@NamedQuery(name = "Award.byCode", query = "select a from Award a where a.code = :code")
public class Award extends IdentifiedEntity {

    @Column(name = "code", nullable = false, unique = true, length = 64)
    @Getter private String code;

    @Column(name = "name", nullable = false, length = 500)
    @Getter private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 8)
    @Getter private AwardKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 16)
    @Getter private AwardLevel level;

    @Column(name = "for_person", nullable = false)
    private boolean forPerson;

    @Column(name = "for_unit", nullable = false)
    private boolean forUnit;

    @Column(name = "for_household", nullable = false)
    private boolean forHousehold;

    @Column(name = "seeded", nullable = false)
    private boolean seeded;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Award() {
    }

    public Award(String code, String name, AwardKind kind, AwardLevel level, boolean forPerson, boolean forUnit,
                 boolean forHousehold) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.level = level;
        this.forPerson = forPerson;
        this.forUnit = forUnit;
        this.forHousehold = forHousehold;
        this.seeded = false;
    }

    public boolean isFor(RecipientType type) {
        return switch (type) {
            case PERSON -> forPerson;
            case UNIT -> forUnit;
            case HOUSEHOLD -> forHousehold;
        };
    }
}
