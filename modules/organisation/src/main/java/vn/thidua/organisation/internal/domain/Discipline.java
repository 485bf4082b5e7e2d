package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.organisation.DisciplineLevel;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A disciplinary measure taken against a person, as decided; kept as recorded. */
@Entity
@Table(name = "org_discipline")
@NamedQuery(name = "Discipline.of",
        query = "select new vn.thidua.organisation.DisciplineRecord(d.id, d.level, d.year, d.decisionNumber,"
                + " d.decisionDate) from Discipline d where d.person = :person order by d.decisionDate desc, d.id desc")
@NamedQuery(name = "Discipline.allOf", query = "select d from Discipline d where d.person = :person")
public class Discipline extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline_level", nullable = false, length = 32)
    @Getter private DisciplineLevel level;

    @Column(name = "discipline_year", nullable = false)
    @Getter private int year;

    @Column(name = "decision_number", nullable = false, length = 128)
    @Getter private String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    @Getter private LocalDate decisionDate;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 128)
    private String recordedBy;

    protected Discipline() {
    }

    public Discipline(Person person, DisciplineLevel level, int year, String decisionNumber, LocalDate decisionDate,
                      OffsetDateTime recordedAt, String recordedBy) {
        this.person = person;
        this.level = level;
        this.year = year;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public void moveTo(Person newPerson) {
        this.person = newPerson;
    }
}
