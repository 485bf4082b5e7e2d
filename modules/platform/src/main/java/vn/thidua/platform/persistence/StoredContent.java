package vn.thidua.platform.persistence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * The bytes of an uploaded file (column {@code content}), kept in a table of their own beside the file's description
 * so that lists never read them; the subclass names its table and the id it shares with the description.
 */
@MappedSuperclass
public abstract class StoredContent {

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    @Getter private byte[] content;

    protected StoredContent() {
    }

    protected StoredContent(byte[] content) {
        this.content = content;
    }
}
