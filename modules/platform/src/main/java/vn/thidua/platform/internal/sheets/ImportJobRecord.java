package vn.thidua.platform.internal.sheets;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A workbook import in progress: who started it, how far it got (serialised), its version for concurrent steps. */
@Entity
@Table(name = "plt_import_job")
public class ImportJobRecord {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 64, updatable = false)
    private String kind;

    @Column(nullable = false, length = 128, updatable = false)
    private String owner;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "total_rows", nullable = false, updatable = false)
    private int totalRows;

    @Column(nullable = false, length = 16)
    private String state;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private byte[] progress;

    @Column(nullable = false)
    private long version;

    protected ImportJobRecord() {
    }

    public ImportJobRecord(String id, String kind, String owner, OffsetDateTime createdAt, int totalRows, String state,
                           byte[] progress) {
        this.id = id;
        this.kind = kind;
        this.owner = owner;
        this.createdAt = createdAt;
        this.totalRows = totalRows;
        this.state = state;
        this.progress = progress;
    }

    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getOwner() {
        return owner;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public String getState() {
        return state;
    }

    public byte[] getProgress() {
        return progress;
    }

    public long getVersion() {
        return version;
    }
}
