package vn.thidua.organisation;

import java.io.Serializable;

/** The rating of a person or a collective for one year. */
public record YearRating(int year, Rating rating) implements Serializable {
}
