package vn.thidua.platform.internal.sheets;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;

/** A workbook import in progress: who started it, how far it got (serialised), its version for concurrent steps. */
@Entity
@Table(name = "plt_import_job")
public class ImportJobRecord {

    @Id
    @Column(length = 36)
    @Getter private String id;

    @Column(nullable = false, length = 64, updatable = false)
    @Getter private String kind;

    @Column(nullable = false, length = 128, updatable = false)
    @Getter private String owner;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime createdAt;

    @Column(name = "total_rows", nullable = false, updatable = false)
    @Getter private int totalRows;

    @Column(nullable = false, length = 16)
    @Getter private String state;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    @Getter private byte[] progress;

    @Column(nullable = false)
    @Getter private long version;

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
}
