package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import lombok.Getter;

/** The workbook of a finished pre-screening, kept in the database so that any node serves it. */
@Entity
@Table(name = "cmd_prescreening_workbook")
public class PreScreeningJobWorkbook {

    @Id
    @Column(name = "job_id", length = 36)
    private String jobId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    @Getter private byte[] content;

    protected PreScreeningJobWorkbook() {
    }

    public PreScreeningJobWorkbook(String jobId, byte[] content) {
        this.jobId = jobId;
        this.content = content;
    }
}
