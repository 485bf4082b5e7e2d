package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** An opinion on a posted list, and the office's answer (given once). */
@Entity
@Table(name = "cmd_posting_opinion")
public class PostingOpinion extends IdentifiedEntity {

    @Column(name = "batch_id", nullable = false, updatable = false)
    @Getter private Long batchId;

    @Column(name = "author", nullable = false, updatable = false, length = 128)
    @Getter private String author;

    @Column(name = "body", nullable = false, updatable = false, length = 500)
    @Getter private String body;

    @Column(name = "posted_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime postedAt;

    @Column(name = "answer", length = 2000)
    @Getter private String answer;

    @Column(name = "answered_by", length = 128)
    @Getter private String answeredBy;

    @Column(name = "answered_at")
    @Getter private OffsetDateTime answeredAt;

    protected PostingOpinion() {
    }

    public PostingOpinion(Long batchId, String author, String body, OffsetDateTime postedAt) {
        this.batchId = batchId;
        this.author = author;
        this.body = body;
        this.postedAt = postedAt;
    }

    public void answer(String text, String by, OffsetDateTime at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }
}
