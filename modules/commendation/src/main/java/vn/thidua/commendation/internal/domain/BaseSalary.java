package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** The base salary (mức lương cơ sở) in force from a date, with the decree that set it. */
@Entity
@Table(name = "cmd_base_salary")
public class BaseSalary extends IdentifiedEntity {

    @Column(name = "effective_from", nullable = false)
    @Getter private LocalDate effectiveFrom;

    @Column(name = "amount", nullable = false, precision = 15)
    @Getter private BigDecimal amount;

    @Column(name = "basis", nullable = false, length = 500)
    @Getter private String basis;

    protected BaseSalary() {
    }

    public BaseSalary(LocalDate effectiveFrom, BigDecimal amount, String basis) {
        this.effectiveFrom = effectiveFrom;
        this.amount = amount;
        this.basis = basis;
    }
}
