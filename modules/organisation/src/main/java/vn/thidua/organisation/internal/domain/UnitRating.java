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

/** A collective's annual task rating; one per year, changed in place with the change audited. */
@Entity
@Table(name = "org_unit_rating")
@NamedQuery(name = "UnitRating.of",
        query = "select new vn.thidua.organisation.YearRating(r.year, r.rating) from UnitRating r"
                + " where r.unit = :unit order by r.year desc")
@NamedQuery(name = "UnitRating.byYear",
        query = "select r from UnitRating r where r.unit = :unit and r.year = :year")
public class UnitRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "rating_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false, length = 8)
    private Rating rating;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UnitRating() {
    }

    public UnitRating(Unit unit, int year, Rating rating) {
        this.unit = unit;
        this.year = year;
        this.rating = rating;
    }

    public void change(Rating newRating) {
        this.rating = newRating;
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
