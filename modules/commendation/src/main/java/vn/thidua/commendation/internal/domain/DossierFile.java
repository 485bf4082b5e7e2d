package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A file of a dossier (metadata; the bytes are in {@link DossierContent}). A new version is a new file. */
@Entity
@Table(name = "cmd_dossier_file")
public class DossierFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private Long batchId;

    @Column(name = "nominee_id", updatable = false)
    private Long nomineeId;

    @Column(name = "part", nullable = false, updatable = false, length = 32)
    private String part;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 128)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 128)
    private String uploadedBy;

    protected DossierFile() {
    }

    public DossierFile(Long batchId, Long nomineeId, String part, String fileName, String contentType, long size,
                       String sha256, OffsetDateTime uploadedAt, String uploadedBy) {
        this.batchId = batchId;
        this.nomineeId = nomineeId;
        this.part = part;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getBatchId() {
        return batchId;
    }

    public Long getNomineeId() {
        return nomineeId;
    }

    public String getPart() {
        return part;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
