package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A notice to one account that a batch reached a state in which it should act, or an outcome; settled (kept, out of
 * the bell) once the batch moves on.
 */
@jakarta.persistence.NamedQuery(name = "Notification.settleBatch", query = "update Notification n set n.settledAt = :at"
        + " where n.batchId = :batch and n.settledAt is null")
@Entity
@Table(name = "cmd_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 128)
    private String username;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private Long batchId;

    @Column(name = "message", nullable = false, updatable = false, length = 1000)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    /** When the batch moved past the step this notice announced: it no longer waits for anyone. */
    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    protected Notification() {
    }

    public Notification(String username, Long batchId, String message, OffsetDateTime createdAt) {
        this.username = username;
        this.batchId = batchId;
        this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
        this.createdAt = createdAt;
    }

    public void markRead(OffsetDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Long getBatchId() {
        return batchId;
    }

    public String getMessage() {
        return message;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }
}
