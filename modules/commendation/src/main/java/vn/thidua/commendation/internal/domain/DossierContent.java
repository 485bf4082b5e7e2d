package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a dossier file, read only when someone downloads it. */
@Entity
@Table(name = "cmd_dossier_content")
public class DossierContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected DossierContent() {
    }

    public DossierContent(Long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
