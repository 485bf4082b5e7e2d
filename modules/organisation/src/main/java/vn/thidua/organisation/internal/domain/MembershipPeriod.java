package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A person's membership of a unit from {@code validFrom} to {@code validTo} (null while it lasts). */
@Entity
@Table(name = "org_membership")
@NamedQuery(name = "MembershipPeriod.openIn",
        query = "select m from MembershipPeriod m join fetch m.person where m.unit = :unit and m.validTo is null")
public class MembershipPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

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

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Unit getUnit() {
        return unit;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
