package vn.thidua.platform.sheets;

/**
 * Text that a spreadsheet will not take for a formula: a cell of an export beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (OWASP's advice against CSV and
 * formula injection), so that what a user typed into a name stays a name when an office opens the file.
 */
public final class Cells {

    private Cells() {
    }

    public static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
