package vn.thidua.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicHeaderTest {

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesNameAndPasswordInUtf8KeepingColonsOfThePassword() {
        var credential = ThiduaAuthenticationMechanism.decodeBasic(encode("cán.bộ:mật:khẩu"));

        assertThat(credential.getCaller()).isEqualTo("cán.bộ");
        assertThat(credential.getPasswordAsString()).isEqualTo("mật:khẩu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "", "bm9jb2xvbg=="})
    void refusesHeadersThatAreNotBase64OfNameColonPassword(String encoded) {
        assertThat(ThiduaAuthenticationMechanism.decodeBasic(encoded)).isNull();
    }

    @Test
    void refusesAnEmptyName() {
        assertThat(ThiduaAuthenticationMechanism.decodeBasic(encode(":password"))).isNull();
    }
}
