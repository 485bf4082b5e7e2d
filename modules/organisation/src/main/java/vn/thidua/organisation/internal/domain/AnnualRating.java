package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import vn.thidua.organisation.Rating;

/**
 * What a person's and a collective's annual rating share: the year, the rating (one per year, changed in place with
 * the change audited) and the optimistic version. The subclasses add whose rating it is.
 */
@MappedSuperclass
public abstract class AnnualRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rating_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false, length = 8)
    private Rating rating;

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
