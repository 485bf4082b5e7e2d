package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The base salary (mức lương cơ sở) in force from a date, with the decree that set it. */
@Entity
@Table(name = "cmd_base_salary")
public class BaseSalary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "amount", nullable = false, precision = 15)
    private BigDecimal amount;

    @Column(name = "basis", nullable = false, length = 500)
    private String basis;

    protected BaseSalary() {
    }

    public BaseSalary(LocalDate effectiveFrom, BigDecimal amount, String basis) {
        this.effectiveFrom = effectiveFrom;
        this.amount = amount;
        this.basis = basis;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getBasis() {
        return basis;
    }
}
