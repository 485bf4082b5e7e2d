package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A person's membership of a unit from {@code validFrom} to {@code validTo} (null while it lasts). */
@Entity
@Table(name = "org_membership")
@NamedQuery(name = "MembershipPeriod.openIn",
        query = "select m from MembershipPeriod m join fetch m.person where m.unit = :unit and m.validTo is null")
public class MembershipPeriod extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    @Getter private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    @Getter private Unit unit;

    @Column(name = "valid_from", nullable = false)
    @Getter private LocalDate validFrom;

    @Column(name = "valid_to")
    @Getter private LocalDate validTo;

    protected MembershipPeriod() {
    }

    MembershipPeriod(Person person, Unit unit, LocalDate validFrom) {
        this.person = person;
        this.unit = unit;
        this.validFrom = validFrom;
    }

    void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    void moveTo(Person newPerson) {
        this.person = newPerson;
    }

    public boolean isOpen() {
        return validTo == null;
    }
}
