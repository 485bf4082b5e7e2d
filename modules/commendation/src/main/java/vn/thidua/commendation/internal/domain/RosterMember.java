package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.thidua.commendation.CouncilRoster;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A member of a unit's council for a year, at its place in the roster. */
@Entity
@Table(name = "cmd_council_roster")
@NamedQuery(name = "RosterMember.of", query = "select m from RosterMember m where m.unitCode = :unit and m.year = :year"
        + " order by m.seq")
public class RosterMember extends IdentifiedEntity {

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    private String unitCode;

    @Column(name = "roster_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "name", nullable = false, updatable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat", nullable = false, updatable = false, length = 16)
    private CouncilRoster.Seat seat;

    @Column(name = "person_code", updatable = false, length = 64)
    private String personCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    protected RosterMember() {
    }

    public RosterMember(String unitCode, int year, int seq, CouncilRoster.Member member, OffsetDateTime createdAt,
                        String createdBy) {
        this.unitCode = unitCode;
        this.year = year;
        this.seq = seq;
        this.name = member.name();
        this.seat = member.seat();
        this.personCode = member.personCode();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public CouncilRoster.Member view() {
        return new CouncilRoster.Member(name, seat, personCode);
    }
}
