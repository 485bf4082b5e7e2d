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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
public class PersonRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "rating_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false, length = 8)
    private Rating rating;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PersonRating() {
    }

    public PersonRating(Person person, int year, Rating rating) {
        this.person = person;
        this.year = year;
        this.rating = rating;
    }

    public void change(Rating newRating) {
        this.rating = newRating;
    }

    public void moveTo(Person newPerson) {
        this.person = newPerson;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Rating getRating() {
        return rating;
    }
}
