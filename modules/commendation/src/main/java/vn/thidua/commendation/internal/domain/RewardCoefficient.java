package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** The reward coefficient of an award from a date (RULES.md §7). */
@Entity
@Table(name = "cmd_reward_coefficient")
public class RewardCoefficient extends IdentifiedEntity {

    @Column(name = "award_code", nullable = false, length = 64)
    @Getter private String awardCode;

    @Column(name = "effective_from", nullable = false)
    @Getter private LocalDate effectiveFrom;

    @Column(name = "coefficient", nullable = false, precision = 6, scale = 2)
    @Getter private BigDecimal coefficient;

    @Column(name = "basis", nullable = false, length = 500)
    @Getter private String basis;

    protected RewardCoefficient() {
    }
}
