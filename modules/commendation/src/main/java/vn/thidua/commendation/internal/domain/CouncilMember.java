package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;
import vn.thidua.commendation.Nominations;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A member of a council session: attendance and the conflict of interest declared, if any. */
@Entity
@Table(name = "cmd_council_member")
public class CouncilMember extends IdentifiedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Column(name = "name", nullable = false, updatable = false, length = 500)
    @Getter private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance", nullable = false, updatable = false, length = 16)
    @Getter private Nominations.Attendance attendance;

    @Column(name = "conflict", updatable = false, length = 500)
    @Getter private String conflict;

    protected CouncilMember() {
    }

    public CouncilMember(Long sessionId, String name, Nominations.Attendance attendance, String conflict) {
        this.sessionId = sessionId;
        this.name = name;
        this.attendance = attendance;
        this.conflict = conflict;
    }
}
