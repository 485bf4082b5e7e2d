package vn.thidua.platform.internal.sheets;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import lombok.Getter;

/** The rows of an import's workbook as read (serialised), written once when the job starts. */
@Entity
@Table(name = "plt_import_job_rows")
public class ImportJobRows {

    @Id
    @Column(name = "job_id", length = 36)
    private String jobId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    @Getter private byte[] content;

    protected ImportJobRows() {
    }

    public ImportJobRows(String jobId, byte[] content) {
        this.jobId = jobId;
        this.content = content;
    }
}
