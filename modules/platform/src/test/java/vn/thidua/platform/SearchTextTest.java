package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Nguyễn Văn An          | nguyen van an",
        "NGUYỄN VĂN AN          | nguyen van an",
        "nguyen van an          | nguyen van an",
        "Đức                    | duc",
        "đức                    | duc",
        "Trần  Thị   Hương      | tran thi huong",
        "'  Lò Văn Páo  '       | lo van pao",
        "Tỉnh Sơn La            | tinh son la",
        "Hoàng Thị Ngọc Ánh     | hoang thi ngoc anh",
        "Ươm Ướp Ửng Ữa Ựa      | uom uop ung ua ua",
        "Sở Giáo dục và Đào tạo | so giao duc va dao tao",
        "ABC-123_x.y            | abc-123_x.y",
    })
    void normalisesCaseDiacriticsAndBlanks(String text, String expected) {
        assertThat(SearchText.normalise(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Decomposed input (NFD, as some systems send it) normalises like the composed form.
        "Nguye\u0302\u0303n | nguyen",
        "Vie\u0323\u0302t  | viet",
        // Tabs and line breaks are blanks.
        "'Lò\tVăn\nPáo'  | lo van pao",
    })
    void treatsDecomposedLettersAndOtherBlanksAlike(String text, String expected) {
        assertThat(SearchText.normalise(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void normalisesNothingToEmpty() {
        assertThat(SearchText.normalise(null)).isEmpty();
        assertThat(SearchText.normalise("   ")).isEmpty();
    }
}
