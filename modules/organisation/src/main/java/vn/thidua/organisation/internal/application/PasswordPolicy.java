package vn.thidua.organisation.internal.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords of at least 12 characters holding letters and digits, not one of the bundled common passwords (nor
 * one of them with digits or punctuation appended), not one character repeated. The screens state the same rule;
 * the first start's {@code THIDUA_ADMIN_PASSWORD} follows it too.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    static boolean isStrong(char[] password) {
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return password.length >= MIN_LENGTH && letter && digit && !isCommon(new String(password));
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
            return true;
        }
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        return !stem.isEmpty() && COMMON.contains(stem);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/vn/thidua/organisation/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing from the organisation jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
