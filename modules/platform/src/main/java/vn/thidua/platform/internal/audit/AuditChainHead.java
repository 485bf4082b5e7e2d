package vn.thidua.platform.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/** The last link of the audit chain; one row, locked by every append. */
@Entity
@Table(name = "plt_audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_seq", nullable = false)
    @Getter private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    @Getter private String lastHash;

    protected AuditChainHead() {
    }

    public void advance(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
