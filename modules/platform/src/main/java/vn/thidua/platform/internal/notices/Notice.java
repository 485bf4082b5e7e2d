package vn.thidua.platform.internal.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.platform.notices.Notifications;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A notice to one account about a topic, with the page that deals with it; settled once the topic moves on. */
@Entity
@Table(name = "plt_notification")
@NamedQuery(name = "Notice.settle", query = "update Notice n set n.settledAt = :at where n.topic = :topic"
        + " and n.settledAt is null")
@NamedQuery(name = "Notice.waiting", query = "select n from Notice n where n.username = :u and n.settledAt is null"
        + " order by n.id desc")
@NamedQuery(name = "Notice.unread", query = "select count(n) from Notice n where n.username = :u and n.readAt is null"
        + " and n.settledAt is null")
public class Notice extends IdentifiedEntity {

    @Column(name = "username", nullable = false, updatable = false, length = 128)
    @Getter private String username;

    @Column(name = "topic", nullable = false, updatable = false, length = 128)
    private String topic;

    @Column(name = "link", nullable = false, updatable = false, length = 500)
    @Getter private String link;

    @Column(name = "message", nullable = false, updatable = false, length = 1000)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    protected Notice() {
    }

    public Notice(String username, String topic, String link, String message, OffsetDateTime createdAt) {
        this.username = username;
        this.topic = topic;
        this.link = link;
        this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
        this.createdAt = createdAt;
    }

    public void markRead(OffsetDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Notifications.NoticeDetails view() {
        return new Notifications.NoticeDetails(getId(), link, message, createdAt, readAt != null);
    }
}
