package vn.thidua.commendation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the verdicts and the reward money rest on (Căn cứ pháp lý): every rule-set version with its dates, every
 * dated reward coefficient and every dated base salary, each with the text that set it. A basis marked
 * "[cần đối chiếu]" is to be checked against the text before it is relied on.
 */
public record LegalBasis(List<RuleSetVersion> ruleSets, List<Coefficient> coefficients, List<BaseSalaryRow> baseSalaries)
        implements Serializable {

    /** The reward coefficient of an award from a date. */
    public record Coefficient(String awardCode, String awardName, LocalDate effectiveFrom, BigDecimal coefficient,
                              String basis) implements Serializable {
    }

    /** The base salary (mức lương cơ sở) from a date. */
    public record BaseSalaryRow(LocalDate effectiveFrom, BigDecimal amount, String basis) implements Serializable {
    }
}
