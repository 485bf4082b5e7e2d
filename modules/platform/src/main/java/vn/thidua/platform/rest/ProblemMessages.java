package vn.thidua.platform.rest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Vietnamese texts of the API's problem details (the API answers in Vietnamese, shared/API.md). */
public final class ProblemMessages {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.thidua.platform.i18n.problems";

    private ProblemMessages() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, VIETNAMESE, ProblemMessages.class.getClassLoader())
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }

    /** The short title of a status, as RFC 9457 asks. */
    public static String title(int status) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, VIETNAMESE, ProblemMessages.class.getClassLoader());
        String key = "status." + status;
        return bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("status.other");
    }
}
