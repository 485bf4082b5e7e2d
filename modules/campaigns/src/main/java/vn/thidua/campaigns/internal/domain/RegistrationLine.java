package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A person's registered title within a registration. */
@Entity
@Table(name = "cmp_registration_line")
@NamedQuery(name = "RegistrationLine.of", query = "select l from RegistrationLine l where l.registrationId = :registration order by l.personName, l.id")
public class RegistrationLine extends IdentifiedEntity {

    @Column(name = "registration_id", nullable = false, updatable = false)
    @Getter private Long registrationId;

    @Column(name = "person_code", nullable = false, updatable = false, length = 64)
    @Getter private String personCode;

    @Column(name = "person_name", nullable = false, updatable = false, length = 500)
    @Getter private String personName;

    @Column(name = "award_code", nullable = false, updatable = false, length = 64)
    @Getter private String awardCode;

    protected RegistrationLine() {
    }

    public RegistrationLine(Long registrationId, String personCode, String personName, String awardCode) {
        this.registrationId = registrationId;
        this.personCode = personCode;
        this.personName = personName;
        this.awardCode = awardCode;
    }
}
