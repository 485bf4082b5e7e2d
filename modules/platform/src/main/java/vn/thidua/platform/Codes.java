package vn.thidua.platform;

import java.util.regex.Pattern;

/**
 * Syntax of the codes of units, people and households (shared/API.md): 1 to 64 characters of
 * {@code A-Z a-z 0-9 - _ .}. Codes travel in URLs and imported files, so nothing else is accepted.
 */
public final class Codes {

    public static final int MAX_LENGTH = 64;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    private Codes() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
