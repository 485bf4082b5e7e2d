package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.commendation.Nominations;

/** A member of a council session: attendance and the conflict of interest declared, if any. */
@Entity
@Table(name = "cmd_council_member")
public class CouncilMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Column(name = "name", nullable = false, updatable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance", nullable = false, updatable = false, length = 16)
    private Nominations.Attendance attendance;

    @Column(name = "conflict", updatable = false, length = 500)
    private String conflict;

    protected CouncilMember() {
    }

    public CouncilMember(Long sessionId, String name, Nominations.Attendance attendance, String conflict) {
        this.sessionId = sessionId;
        this.name = name;
        this.attendance = attendance;
        this.conflict = conflict;
    }

    public String getName() {
        return name;
    }

    public Nominations.Attendance getAttendance() {
        return attendance;
    }

    public String getConflict() {
        return conflict;
    }
}
