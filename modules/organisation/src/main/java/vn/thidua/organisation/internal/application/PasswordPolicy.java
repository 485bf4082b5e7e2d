package vn.thidua.organisation.internal.application;

/** Passwords of at least 10 characters holding letters and digits (the screens state the same rule). */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    static boolean isStrong(char[] password) {
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return password.length >= MIN_LENGTH && letter && digit;
    }
}
