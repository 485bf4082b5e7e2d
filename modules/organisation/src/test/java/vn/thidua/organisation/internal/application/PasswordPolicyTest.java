package vn.thidua.organisation.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Ngay-mua-thu-2026, true",
        "it-Admin-Password-1, true",
        "x7K2pQm9vR4t, true",
        // shorter than 12
        "Abc12345xyz, false",
        // letters only, digits only
        "KhongCoChuSoNao, false",
        "123456789012345, false",
        // common, whatever the case, with digits or punctuation appended
        "Password123456, false",
        "MATKHAU123456, false",
        "quantrivien123, false",
        "thidua2026!!!, false",
        "sonla@2025xyz9, true",
        // one or two characters repeated
        "aaaaaaaa1111, false"})
    void passwordsOfTwelveCharactersWithLettersAndDigitsAndNotCommon(String password, boolean strong) {
        assertThat(PasswordPolicy.isStrong(password.toCharArray())).isEqualTo(strong);
    }
}
