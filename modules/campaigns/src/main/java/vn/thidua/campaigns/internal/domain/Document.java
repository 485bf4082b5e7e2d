package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** An uploaded document (its bytes are a {@link DocumentContent}). */
@Entity
@Table(name = "cmp_document")
public class Document extends IdentifiedEntity {

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    @Getter private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 128)
    @Getter private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    @Getter private Long sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    @Getter private String sha256;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    @Getter private String unitPath;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 128)
    @Getter private String uploadedBy;

    protected Document() {
    }

    public Document(String fileName, String contentType, Long sizeBytes, String sha256, String unitPath, OffsetDateTime uploadedAt, String uploadedBy) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.unitPath = unitPath;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }
}
