package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A person's registered title within a registration. */
@Entity
@Table(name = "cmp_registration_line")
@NamedQuery(name = "RegistrationLine.of", query = "select l from RegistrationLine l where l.registrationId = :registration order by l.personName, l.id")
public class RegistrationLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private Long registrationId;

    @Column(name = "person_code", nullable = false, updatable = false, length = 64)
    private String personCode;

    @Column(name = "person_name", nullable = false, updatable = false, length = 500)
    private String personName;

    @Column(name = "award_code", nullable = false, updatable = false, length = 64)
    private String awardCode;

    protected RegistrationLine() {
    }

    public RegistrationLine(Long registrationId, String personCode, String personName, String awardCode) {
        this.registrationId = registrationId;
        this.personCode = personCode;
        this.personName = personName;
        this.awardCode = awardCode;
    }

    public Long getId() {
        return id;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public String getPersonCode() {
        return personCode;
    }

    public String getPersonName() {
        return personName;
    }

    public String getAwardCode() {
        return awardCode;
    }
}
