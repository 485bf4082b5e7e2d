package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyEncodingTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn An", "Trần Thị Thuý", "Hoàng Quân", "Lò Văn Muôn", "Bản Tiên Yên",
        "Ngoãn", "Quý Khoá", "Thuê nhà", "Sở Giáo dục và Đào tạo", "Lê Thị Ánh Tuyết", "ABC-123", "Ông Ích Khiêm",
        "Nhiệt độ 30°"})
    void acceptsVietnameseWrittenInUnicode(String text) {
        assertThat(LegacyEncoding.detect(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "NguyÔn V¨n An, TCVN3",
        "TrÇn ThÞ H­¬ng, TCVN3",
        "§µo Duy Tõ, TCVN3",
        "Nguyeãn Vaên An, VNI",
        "Vieät Nam, VNI",
        "Ñöùc, VNI",
        "Traàn Thò Hoa, VNI",
    })
    void recognisesLegacyEncodings(String text, LegacyEncoding.Kind kind) {
        assertThat(LegacyEncoding.detect(text)).contains(kind);
    }
}
