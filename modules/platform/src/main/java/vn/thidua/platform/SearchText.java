package vn.thidua.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised form written to search columns, so that a search ignores case and Vietnamese diacritics
 * the same way on H2 and PostgreSQL: Unicode NFD, combining marks removed, đ/Đ to d, lower case, blanks
 * collapsed. "NGUYỄN  Văn Đức" becomes "nguyen van duc".
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'd');
        return BLANKS.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
