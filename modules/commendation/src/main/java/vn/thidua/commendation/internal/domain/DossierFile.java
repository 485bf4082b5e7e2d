package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A file of a dossier (metadata; the bytes are in {@link DossierContent}). A new version is a new file. */
@Entity
@Table(name = "cmd_dossier_file")
public class DossierFile extends IdentifiedEntity {

    @Column(name = "batch_id", nullable = false, updatable = false)
    @Getter private Long batchId;

    @Column(name = "nominee_id", updatable = false)
    @Getter private Long nomineeId;

    @Column(name = "part", nullable = false, updatable = false, length = 32)
    @Getter private String part;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    @Getter private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 128)
    @Getter private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    @Getter private long size;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    @Getter private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 128)
    @Getter private String uploadedBy;

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
}
