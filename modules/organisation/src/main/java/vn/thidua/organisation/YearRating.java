package vn.thidua.organisation;

/** The rating of a person or a collective for one year. */
public record YearRating(int year, Rating rating) {
}
