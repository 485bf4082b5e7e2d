package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.Getter;
import vn.thidua.organisation.Rating;
import vn.thidua.platform.persistence.IdentifiedEntity;

/**
 * What a person's and a collective's annual rating share: the year, the rating (one per year, changed in place with
 * the change audited) and the optimistic version. The subclasses add whose rating it is.
 */
@MappedSuperclass
public abstract class AnnualRating extends IdentifiedEntity {

    @Column(name = "rating_year", nullable = false)
    @Getter private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false, length = 8)
    @Getter private Rating rating;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AnnualRating() {
    }

    protected AnnualRating(int year, Rating rating) {
        this.year = year;
        this.rating = rating;
    }

    public void change(Rating newRating) {
        this.rating = newRating;
    }
}
