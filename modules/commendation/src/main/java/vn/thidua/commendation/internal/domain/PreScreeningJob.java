package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import lombok.Getter;

/**
 * A pre-screening run in the background: who asked, for which unit and year, how far it got and what it found.
 * Its workbook is a {@link PreScreeningJobWorkbook} of the same id, read only when downloaded.
 */
@Entity
@Table(name = "cmd_prescreening_job")
@NamedQuery(name = "PreScreeningJob.expired", query = "select j.id from PreScreeningJob j where j.createdAt < :before")
@NamedQuery(name = "PreScreeningJob.delete", query = "delete from PreScreeningJob j where j.id in :ids")
@NamedQuery(name = "PreScreeningJob.recent", query = "select j from PreScreeningJob j where j.owner = :owner"
        + " and j.createdAt >= :since order by j.createdAt desc")
public class PreScreeningJob {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @Column(name = "id", length = 36)
    @Getter private String id;

    @Column(name = "owner", nullable = false, updatable = false, length = 128)
    @Getter private String owner;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    @Getter private String unitCode;

    @Column(name = "unit_name", nullable = false, updatable = false, length = 500)
    @Getter private String unitName;

    @Column(name = "screening_year", nullable = false, updatable = false)
    @Getter private int year;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    @Getter private State state;

    @Column(name = "done_steps", nullable = false)
    @Getter private int doneSteps;

    @Column(name = "total_steps", nullable = false)
    @Getter private int totalSteps;

    @Column(name = "people")
    @Getter private Integer people;

    @Column(name = "units")
    @Getter private Integer units;

    @Column(name = "rule_set", length = 64)
    @Getter private String ruleSet;

    /** The qualified count of each award, as a JSON object in the order of the reports. */
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "counts")
    @Getter private String counts;

    /** The first candidates, as a JSON array, for the page. */
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "preview")
    @Getter private String preview;

    @Column(name = "failure", length = 1000)
    @Getter private String failure;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    @Getter private OffsetDateTime updatedAt;

    @Column(name = "finished_at")
    @Getter private OffsetDateTime finishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PreScreeningJob() {
    }

    public PreScreeningJob(String id, String owner, String unitCode, String unitName, int year, OffsetDateTime now) {
        this.id = id;
        this.owner = owner;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.year = year;
        this.state = State.QUEUED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Records progress (a heartbeat too: a job whose node stopped shows as interrupted). */
    public void progressed(int done, int total, OffsetDateTime now) {
        state = State.RUNNING;
        doneSteps = done;
        totalSteps = total;
        updatedAt = now;
    }

    public void finished(int people, int units, String ruleSet, String counts, String preview, OffsetDateTime now) {
        state = State.DONE;
        doneSteps = totalSteps;
        this.people = people;
        this.units = units;
        this.ruleSet = ruleSet;
        this.counts = counts;
        this.preview = preview;
        updatedAt = now;
        finishedAt = now;
    }

    public void failed(String failure, OffsetDateTime now) {
        state = State.FAILED;
        this.failure = failure;
        updatedAt = now;
        finishedAt = now;
    }
}
