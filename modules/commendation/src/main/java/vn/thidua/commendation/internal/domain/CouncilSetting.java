package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import lombok.Getter;

/** A dated council setting (quorum, pass thresholds, posting window) with its basis. */
@Entity
@Table(name = "cmd_council_setting")
@IdClass(CouncilSetting.Key.class)
@NamedQuery(name = "CouncilSetting.inForce", query = "select s from CouncilSetting s where s.code = :code"
        + " and s.effectiveFrom <= :on order by s.effectiveFrom desc")
public class CouncilSetting {

    /** The composite key (code, effective from). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private String code;
        private LocalDate effectiveFrom;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(k.code, code)
                    && java.util.Objects.equals(k.effectiveFrom, effectiveFrom);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(code, effectiveFrom);
        }
    }

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "setting_value", nullable = false, length = 32)
    @Getter private String value;

    @Column(name = "basis", nullable = false, length = 500)
    @Getter private String basis;

    protected CouncilSetting() {
    }
}
