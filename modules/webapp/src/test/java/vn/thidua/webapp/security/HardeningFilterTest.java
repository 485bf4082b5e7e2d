package vn.thidua.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HardeningFilterTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/api/v1/people/NV001, true",
        "/api/v1/people/Nguy%E1%BB%85n, true",
        "/api/v1/people/a%2Fb, false",
        "/api/v1/people/a%2fb, false",
        "/api/v1/people/a%5Cb, false",
        "/api/v1/people/a%00b, false",
        "/api/v1/people/a%C3%28, false",
        "/api/v1/people/a%ZZ, false",
        "/api/v1/people/a%E1, false",
        "/api/v1/people/a%0Ab, false"})
    void apiPathsWithNulEncodedSlashesOrMalformedUtf8AreRefused(String raw, boolean accepted) {
        assertThat(HardeningFilter.acceptable(raw)).isEqualTo(accepted);
    }

    @org.junit.jupiter.api.Test
    void overLongPathsAreRefused() {
        assertThat(HardeningFilter.acceptable("/api/v1/people/" + "a".repeat(HardeningFilter.MAX_URI_LENGTH))).isFalse();
    }
}
