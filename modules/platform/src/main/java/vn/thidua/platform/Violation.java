package vn.thidua.platform;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What is wrong with one field of an input, as a message key of a module's bundle, so that the screen shows it
 * in the user's language and the API in Vietnamese.
 */
public record Violation(String field, String bundle, String key, Object... arguments) implements Serializable {

    /** The platform's own messages (required, too long, control characters, code syntax, dates, …). */
    public static final String PLATFORM_BUNDLE = "vn.thidua.platform.i18n.messages";
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static Violation of(String field, String key, Object... arguments) {
        return new Violation(field, PLATFORM_BUNDLE, key, arguments);
    }

    public String message(Locale locale) {
        String pattern = ResourceBundle.getBundle(bundle, locale, Violation.class.getClassLoader()).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // Dates as people write them (dd/MM/yyyy); numbers such as years without grouping.
            shown[i] = arguments[i] instanceof LocalDate date ? DAY_MONTH_YEAR.format(date)
                    : arguments[i] instanceof Number number ? number.toString() : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation v && v.field.equals(field) && v.bundle.equals(bundle) && v.key.equals(key)
                && Arrays.equals(v.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + key.hashCode();
    }

    @Override
    public String toString() {
        return field + ": " + key + Arrays.toString(arguments);
    }
}
