package vn.thidua.commendation.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.RecipientType;

class RewardAmountsTest {

    @ParameterizedTest(name = "{0} × {1} ({2}, {3}) = {4}")
    @CsvSource({
        "0.3, 2340000, TITLE, PERSON, 710000",
        "1.0, 2340000, TITLE, PERSON, 2340000",
        "4.5, 2340000, TITLE, PERSON, 10530000",
        "0.8, 2340000, TITLE, UNIT, 1880000",
        "1.0, 2340000, FORM, UNIT, 4680000",
        "0.3, 2340000, FORM, PERSON, 710000",
        "0.3, 1800000, TITLE, PERSON, 540000",
        // RULES.md §7's worked examples on the base salary of 2026-07-01
        "0.3, 2530000, TITLE, PERSON, 760000",
        "1.5, 2530000, FORM, PERSON, 3800000",
        "0.3, 1490000, TITLE, PERSON, 450000",
    })
    void roundsUpToTheNextTenThousand(BigDecimal coefficient, BigDecimal base, AwardKind kind, RecipientType recipient,
                                      BigDecimal expected) {
        assertThat(RewardAmounts.amount(coefficient, base, kind, recipient)).isEqualByComparingTo(expected);
    }
}
