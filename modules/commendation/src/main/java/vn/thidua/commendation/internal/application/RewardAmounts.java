package vn.thidua.commendation.internal.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.RecipientType;

/**
 * Reward money (RULES.md §7): coefficient × the base salary in force on the decision date, rounded up to the
 * next ten thousand VND; collectives receive twice the individual amount for forms of commendation.
 */
final class RewardAmounts {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private RewardAmounts() {
    }

    static BigDecimal amount(BigDecimal coefficient, BigDecimal baseSalary, AwardKind kind, RecipientType recipient) {
        if (coefficient == null || baseSalary == null) {
            return null;
        }
        BigDecimal raw = coefficient.multiply(baseSalary);
        if (kind == AwardKind.FORM && recipient == RecipientType.UNIT) {
            raw = raw.multiply(BigDecimal.valueOf(2));
        }
        return raw.divide(TEN_THOUSAND, 0, RoundingMode.CEILING).multiply(TEN_THOUSAND);
    }
}
