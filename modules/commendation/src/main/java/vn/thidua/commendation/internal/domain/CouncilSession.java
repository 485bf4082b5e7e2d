package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.thidua.commendation.Nominations;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A council session on a batch with its members' attendance and declarations; never changed. */
@Entity
@Table(name = "cmd_council_session")
public class CouncilSession extends IdentifiedEntity {

    @Column(name = "batch_id", nullable = false, updatable = false)
    private Long batchId;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(name = "place", nullable = false, updatable = false, length = 500)
    private String place;

    @Column(name = "chair", nullable = false, updatable = false, length = 500)
    private String chair;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 128)
    private String recordedBy;

    protected CouncilSession() {
    }

    public CouncilSession(Long batchId, LocalDate heldOn, String place, String chair, OffsetDateTime recordedAt,
                          String recordedBy) {
        this.batchId = batchId;
        this.heldOn = heldOn;
        this.place = place;
        this.chair = chair;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** The session with its members (read apart: the members are rows of their own, written after the session). */
    public Nominations.SessionDetails view(List<CouncilMember> members) {
        return new Nominations.SessionDetails(heldOn, place, chair, members.stream().map(m -> new Nominations.MemberInput(
                m.getName(), m.getAttendance(), m.getConflict())).toList(), recordedBy, recordedAt);
    }
}
