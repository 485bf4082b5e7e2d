package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.platform.persistence.StoredContent;

/** The bytes of a dossier file, read only when someone downloads it. */
@Entity
@Table(name = "cmd_dossier_content")
public class DossierContent extends StoredContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    protected DossierContent() {
    }

    public DossierContent(Long fileId, byte[] content) {
        super(content);
        this.fileId = fileId;
    }
}
