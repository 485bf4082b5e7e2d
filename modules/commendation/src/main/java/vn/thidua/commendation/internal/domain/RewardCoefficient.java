package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The reward coefficient of an award from a date (RULES.md §7). */
@Entity
@Table(name = "cmd_reward_coefficient")
public class RewardCoefficient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_code", nullable = false, length = 64)
    private String awardCode;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "coefficient", nullable = false, precision = 6, scale = 2)
    private BigDecimal coefficient;

    @Column(name = "basis", nullable = false, length = 500)
    private String basis;

    protected RewardCoefficient() {
    }

    public String getAwardCode() {
        return awardCode;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public String getBasis() {
        return basis;
    }
}
