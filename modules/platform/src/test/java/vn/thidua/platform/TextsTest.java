package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn An", "dòng 1\ndòng 2", "cột\tcột", "windows\r\nline", ""})
    void acceptsPrintableTextTabsAndLineBreaks(String text) {
        assertThat(Texts.hasControlCharacters(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "bell\u0007", "esc\u001b[0m", "del\u007f", "\u0001"})
    void findsControlCharactersThatPostgreSqlOrScreensCannotTake(String text) {
        assertThat(Texts.hasControlCharacters(text)).isTrue();
    }
}
