package vn.thidua.commendation.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.CommendationInput;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.sheets.SheetRow;

class CommendationImportTest {

    private static SheetRow row(String... cells) {
        return new SheetRow(7, List.of(cells));
    }

    @Test
    void readsARowAsTyped() {
        CommendationInput input = CommendationImport.input(row("CSTDCS", "Cá nhân", "CB0001", "2019", "Thường xuyên", "",
                "1234/QĐ-UBND", "15/01/2020", "Nguyễn Văn B", "UBND tỉnh Sơn La"));
        assertThat(input).isEqualTo(new CommendationInput("CSTDCS", RecipientType.PERSON, "CB0001", 2019,
                CommendationType.THUONG_XUYEN, null, "1234/QĐ-UBND", LocalDate.of(2020, 1, 15), "Nguyễn Văn B",
                "UBND tỉnh Sơn La"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Cá nhân, PERSON", "ca nhan, PERSON", "PERSON, PERSON", "Tập thể, UNIT", "TAP THE, UNIT", "unit, UNIT",
        "Hộ gia đình, HOUSEHOLD", "ho gia dinh, HOUSEHOLD"})
    void recipientTypesByNameOrCode(String text, RecipientType expected) {
        assertThat(CommendationImport.recipientType(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Thường xuyên, THUONG_XUYEN", "theo chuyen de, CHUYEN_DE", "DOT_XUAT, DOT_XUAT", "Niên hạn, NIEN_HAN"})
    void typesByNameOrCode(String text, CommendationType expected) {
        assertThat(CommendationImport.type(text)).isEqualTo(expected);
    }

    @Test
    void anEmptyTypeIsARegularCommendation() {
        assertThat(CommendationImport.input(row("LDTT", "Cá nhân", "CB1", "2024", "", "", "1/QĐ", "02/01/2025", "", ""))
                .type()).isEqualTo(CommendationType.THUONG_XUYEN);
    }

    @Test
    void everyUnreadableCellIsNamed() {
        assertThatThrownBy(() -> CommendationImport.input(row("", "Công ty", "CB 1", "năm 2019", "Hằng năm", "",
                "", "31/02/2020", "", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("awardCode", "recipientType", "recipientCode", "year", "type",
                                "decisionNumber", "decisionDate"));
    }
}
