package vn.thidua.platform;

/**
 * Rules for free text entering the system. PostgreSQL refuses NUL in text where H2 accepts it, so control
 * characters are refused at the boundary to give the same answer on both databases.
 */
public final class Texts {

    public static final int MAX_NAME_LENGTH = 500;
    public static final int MAX_FREE_TEXT_LENGTH = 10_000;

    private Texts() {
    }

    /** True when the text holds a C0 control character other than tab, line feed or carriage return, or DEL. */
    public static boolean hasControlCharacters(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
