package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"SON_LA", "a", "UB.XA-01", "0123456789", "X234567890123456789012345678901234567890123456789012345678901234"})
    void acceptsCodesOfTheApiSyntax(String code) {
        assertThat(Codes.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ma sai", "SƠN_LA", "a/b", "a\u0000b", "a;drop", "%41", "é"})
    void refusesAnythingElse(String code) {
        assertThat(Codes.isValid(code)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void refusesCodesLongerThan64() {
        assertThat(Codes.isValid("x".repeat(65))).isFalse();
    }
}
