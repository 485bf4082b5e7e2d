package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.commendation.NominationAction;
import vn.thidua.commendation.NominationState;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** One transition of a batch: who took which action when, from which state to which, with the comment. */
@Entity
@Table(name = "cmd_nomination_event")
public class NominationEvent extends IdentifiedEntity {

    @Column(name = "batch_id", nullable = false, updatable = false)
    private Long batchId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 24)
    @Getter private NominationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 24)
    @Getter private NominationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 24)
    @Getter private NominationState toState;

    @Column(name = "actor", nullable = false, updatable = false, length = 128)
    @Getter private String actor;

    @Column(name = "acted_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime actedAt;

    @Column(name = "comment", updatable = false, length = 2000)
    @Getter private String comment;

    protected NominationEvent() {
    }

    public NominationEvent(Long batchId, NominationAction action, NominationState fromState, NominationState toState,
                           String actor, OffsetDateTime actedAt, String comment) {
        this.batchId = batchId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.actedAt = actedAt;
        this.comment = comment;
    }
}
