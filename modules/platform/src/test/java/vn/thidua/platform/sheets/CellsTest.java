package vn.thidua.platform.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
        "+1+1|'+1+1",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "Nguyễn Văn An|Nguyễn Văn An",
        "a=b|a=b",
        "12/QĐ-UBND|12/QĐ-UBND"})
    void aCellThatASpreadsheetWouldTakeForAFormulaGetsAnApostrophe(String typed, String written) {
        assertThat(Cells.inert(typed)).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void tabsCarriageReturnsAndNothing() {
        assertThat(Cells.inert("\tx")).isEqualTo("'\tx");
        assertThat(Cells.inert("\rx")).isEqualTo("'\rx");
        assertThat(Cells.inert(null)).isEmpty();
        assertThat(Cells.inert("")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aTextLongerThanACellHoldsIsCutSayingHowMuchWasLeftOut() {
        String exactly = "a".repeat(Cells.MAX_LENGTH - 1);
        assertThat(Cells.inert(exactly)).isEqualTo(exactly);
        String cut = Cells.inert("=" + "b".repeat(50_000));
        assertThat(cut.length()).isLessThanOrEqualTo(Cells.MAX_LENGTH);
        assertThat(cut).startsWith("'=bbb").endsWith(" … (+" + (50_001 - (Cells.MAX_LENGTH - 40)) + ")");
    }
}
