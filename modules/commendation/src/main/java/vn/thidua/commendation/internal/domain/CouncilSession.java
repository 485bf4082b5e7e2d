package vn.thidua.commendation.internal.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.commendation.Nominations;

/** A council session on a batch with its members' attendance and declarations; never changed. */
@Entity
@Table(name = "cmd_council_session")
public class CouncilSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @OneToMany(cascade = CascadeType.PERSIST, orphanRemoval = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<CouncilMember> members = new ArrayList<>();

    protected CouncilSession() {
    }

    public CouncilSession(Long batchId, LocalDate heldOn, String place, String chair, List<CouncilMember> members,
                          OffsetDateTime recordedAt, String recordedBy) {
        this.batchId = batchId;
        this.heldOn = heldOn;
        this.place = place;
        this.chair = chair;
        this.members = new ArrayList<>(members);
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Nominations.SessionView view() {
        return new Nominations.SessionView(heldOn, place, chair, members.stream().map(m -> new Nominations.MemberInput(
                m.getName(), m.getAttendance(), m.getConflict())).toList(), recordedBy, recordedAt);
    }
}
