package vn.thidua.webapp.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginViewTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "/|true",
        "/organisation/person.xhtml?code=NV1|true",
        "//example.org|false",
        "/\\example.org|false",
        "/\\\\example.org|false",
        "https://example.org/|false",
        "example.org|false",
        "/a\\b|false",
        "/%0d%0aSet-Cookie:x|true"})
    void afterSignInOnlyLocalPathsAreFollowed(String target, boolean local) {
        assertThat(LoginView.isLocal(target)).isEqualTo(local);
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAreNotLocal() {
        assertThat(LoginView.isLocal("/a\r\nb")).isFalse();
    }
}
