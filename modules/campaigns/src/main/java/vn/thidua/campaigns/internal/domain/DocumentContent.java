package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.platform.persistence.StoredContent;

/** The bytes of a document, read only when someone opens it. */
@Entity
@Table(name = "cmp_document_content")
public class DocumentContent extends StoredContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    protected DocumentContent() {
    }

    public DocumentContent(Long documentId, byte[] content) {
        super(content);
        this.documentId = documentId;
    }
}
