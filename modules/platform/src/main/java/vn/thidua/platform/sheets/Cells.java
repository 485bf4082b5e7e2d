package vn.thidua.platform.sheets;

/**
 * Text that a spreadsheet will not take for a formula: a cell of an export beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (OWASP's advice against CSV and
 * formula injection), so that what a user typed into a name stays a name when an office opens the file. A text
 * longer than a cell holds (32,767 characters, Excel's limit and POI's) is cut, with "… (+N)" saying how many
 * characters were left out, rather than failing the whole export.
 */
public final class Cells {

    private Cells() {
    }

    /** The most characters a cell takes. */
    public static final int MAX_LENGTH = 32_767;

    public static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (text.length() > MAX_LENGTH - 1) {
            int keep = MAX_LENGTH - 40;
            text = text.substring(0, keep) + " … (+" + (text.length() - keep) + ")";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
