package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.thidua.organisation.Rating;

/** A collective's annual task rating; one per year, changed in place with the change audited. */
@Entity
@Table(name = "org_unit_rating")
@NamedQuery(name = "UnitRating.of",
        query = "select new vn.thidua.organisation.YearRating(r.year, r.rating) from UnitRating r"
                + " where r.unit = :unit order by r.year desc")
@NamedQuery(name = "UnitRating.byYear",
        query = "select r from UnitRating r where r.unit = :unit and r.year = :year")
public class UnitRating extends AnnualRating {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    protected UnitRating() {
    }

    public UnitRating(Unit unit, int year, Rating rating) {
        super(year, rating);
        this.unit = unit;
    }
}
