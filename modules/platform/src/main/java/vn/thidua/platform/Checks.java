package vn.thidua.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the violations of one input, field by field, so that all of them are reported at once. Typical use:
 * {@code var c = new Checks(); String name = c.name("name", input.name()); …; c.throwIfAny();}
 */
public final class Checks {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** The first year a record may name: the year emulation and commendation began in Vietnam. */
    public static final int FIRST_YEAR = 1945;

    private final List<Violation> violations = new ArrayList<>();

    public void add(Violation violation) {
        violations.add(violation);
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** The violations collected so far, in order. */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public boolean has(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * A required year of the records: from {@link #FIRST_YEAR} to next year (a title is proposed late in its year,
     * a plan early in the next). Null, with the violation, when missing or outside.
     */
    public Integer year(String field, Integer year) {
        return year(field, year, FIRST_YEAR, ProvinceClock.thisYear() + 1);
    }

    /** A required year from {@code first} to {@code last}, both included; null, with the violation, otherwise. */
    public Integer year(String field, Integer year, int first, int last) {
        if (year == null) {
            add(Violation.of(field, "required"));
            return null;
        }
        if (year < first || year > last) {
            add(Violation.of(field, "year", String.valueOf(first), String.valueOf(last)));
            return null;
        }
        return year;
    }

    /** A required name or title: not blank, at most 500 characters, no control characters; stripped. */
    public String name(String field, String value) {
        return text(field, value, Texts.MAX_NAME_LENGTH, true);
    }

    public String optionalText(String field, String value, int maxLength) {
        return text(field, value, maxLength, false);
    }

    public String requiredText(String field, String value, int maxLength) {
        return text(field, value, maxLength, true);
    }

    private String text(String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(Violation.of(field, "required"));
            }
            return null;
        }
        if (Texts.hasControlCharacters(value)) {
            add(Violation.of(field, "controlCharacters"));
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            add(Violation.of(field, "tooLong", maxLength));
            return null;
        }
        return stripped;
    }

    /** A code of the API's syntax; required unless {@code required} is false. */
    public String code(String field, String value, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                add(Violation.of(field, "required"));
            }
            return null;
        }
        if (!Codes.isValid(value)) {
            add(Violation.of(field, "code", Texts.hasControlCharacters(value) ? "?" : value));
            return null;
        }
        return value;
    }

    /** One of an enum's constants, written exactly as in the API. */
    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                add(Violation.of(field, "required"));
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        add(Violation.of(field, "oneOf", String.join(", ", names(type))));
        return null;
    }

    /** A date written yyyy-MM-dd, as the API writes dates. */
    public LocalDate isoDate(String field, String value, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                add(Violation.of(field, "required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            add(Violation.of(field, "isoDate"));
            return null;
        }
    }

    public void require(boolean condition, Violation violation) {
        if (!condition) {
            add(violation);
        }
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return names;
    }
}
