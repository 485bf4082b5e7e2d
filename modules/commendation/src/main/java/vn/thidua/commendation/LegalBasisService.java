package vn.thidua.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The legal basis of verdicts and money, readable by every role, extended by the province's administrator without a
 * release: a new base salary is a new dated row (history is never edited), after which the records decided on a
 * different amount are listed for re-examination with the amount paid and the amount due.
 */
public interface LegalBasisService {

    LegalBasis current();

    /**
     * Adds the base salary in force from {@code effectiveFrom}, which must follow the newest row; administrators of
     * the province only. Audited. Returns how many decided records were flagged because their amount now differs.
     */
    int addBaseSalary(LocalDate effectiveFrom, BigDecimal amount, String basis);

    /**
     * Flags, for re-examination, the records decided from {@code from} whose amount paid differs from what the
     * dated coefficients and base salaries give (a system task, run at start: it reads no one's data and only adds
     * flags, each once for the same amount due). Returns how many were flagged.
     */
    int reviewAmounts(LocalDate from);
}
