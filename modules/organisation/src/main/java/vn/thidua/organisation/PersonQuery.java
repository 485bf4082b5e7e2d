package vn.thidua.organisation;

/**
 * A search of people: {@code text} ignores case and Vietnamese diacritics and matches names and codes;
 * {@code unitCode} limits to the people now in that unit's subtree; sorted by {@code sort}.
 */
public record PersonQuery(String text, String unitCode, int page, int size, PersonSort sort, boolean ascending) {

    public enum PersonSort { CODE, NAME, BIRTH_DATE }
}
