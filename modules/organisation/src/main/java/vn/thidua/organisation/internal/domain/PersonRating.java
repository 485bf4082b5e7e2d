package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.thidua.organisation.Rating;

/** A person's annual task rating; one per year, changed in place with the change audited. */
@Entity
@Table(name = "org_person_rating")
@NamedQuery(name = "PersonRating.of",
        query = "select new vn.thidua.organisation.YearRating(r.year, r.rating) from PersonRating r"
                + " where r.person = :person order by r.year desc")
@NamedQuery(name = "PersonRating.byYear",
        query = "select r from PersonRating r where r.person = :person and r.year = :year")
@NamedQuery(name = "PersonRating.allOf", query = "select r from PersonRating r where r.person = :person")
public class PersonRating extends AnnualRating {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    protected PersonRating() {
    }

    public PersonRating(Person person, int year, Rating rating) {
        super(year, rating);
        this.person = person;
    }

    public void moveTo(Person newPerson) {
        this.person = newPerson;
    }
}
