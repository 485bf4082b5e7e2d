package vn.thidua.commendation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.commendation.LegalBasis;
import vn.thidua.commendation.LegalBasisService;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/**
 * The coefficients and base salaries of the legal-basis page (its rule-set versions are {@link RuleSetView}'s); the
 * province's administrator adds the next base salary here.
 */
@Named
@ViewScoped
public class LegalBasisView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private LegalBasisService legalBasis;

    @Getter private List<LegalBasis.Coefficient> coefficients = List.of();
    @Getter private List<LegalBasis.BaseSalaryRow> baseSalaries = List.of();
    @Getter @Setter private LocalDate newFrom;
    @Getter @Setter private BigDecimal newAmount;
    @Getter @Setter private String newBasis;

    @PostConstruct
    void init() {
        LegalBasis current = legalBasis.current();
        coefficients = current.coefficients();
        baseSalaries = current.baseSalaries();
    }

    public void addBaseSalary() {
        AtomicInteger flagged = new AtomicInteger();
        LocalDate from = newFrom;
        boolean added = FacesViolations.attempt("salaryForm", Set.of("effectiveFrom", "amount", "basis"),
                () -> flagged.set(legalBasis.addBaseSalary(from, newAmount, newBasis)));
        if (added) {
            FacesMessages.info(null, "cmdmsg", "basis.added", DateTimeFormatter.ofPattern("dd/MM/yyyy").format(from),
                    flagged.get());
            init();
            newFrom = null;
            newAmount = null;
            newBasis = null;
        }
    }
}
