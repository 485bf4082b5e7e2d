package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An opinion on a posted list, and the office's answer (given once). */
@Entity
@Table(name = "cmd_posting_opinion")
public class PostingOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private Long batchId;

    @Column(name = "author", nullable = false, updatable = false, length = 128)
    private String author;

    @Column(name = "body", nullable = false, updatable = false, length = 500)
    private String body;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private OffsetDateTime postedAt;

    @Column(name = "answer", length = 2000)
    private String answer;

    @Column(name = "answered_by", length = 128)
    private String answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

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

    public Long getId() {
        return id;
    }

    public Long getBatchId() {
        return batchId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getPostedAt() {
        return postedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }
}
