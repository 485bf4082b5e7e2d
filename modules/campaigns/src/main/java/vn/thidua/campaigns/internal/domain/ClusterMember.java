package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.campaigns.SheetState;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A unit in a cluster, with the state of its scoring sheet. */
@Entity
@Table(name = "cmp_cluster_member")
@NamedQuery(name = "ClusterMember.of", query = "select m from ClusterMember m where m.clusterId = :cluster order by m.unitName")
public class ClusterMember extends IdentifiedEntity {

    @Column(name = "cluster_id", nullable = false, updatable = false)
    @Getter private Long clusterId;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    @Getter private String unitCode;

    @Column(name = "unit_name", nullable = false, updatable = false, length = 500)
    @Getter private String unitName;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    @Getter private String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "sheet_state", nullable = false)
    @Getter @Setter private SheetState sheetState;

    @Column(name = "submitted_at")
    @Getter @Setter private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", length = 128)
    @Getter @Setter private String submittedBy;

    @Column(name = "confirmed_at")
    @Getter @Setter private OffsetDateTime confirmedAt;

    @Column(name = "confirmed_by", length = 128)
    @Getter @Setter private String confirmedBy;

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected ClusterMember() {
    }

    public ClusterMember(Long clusterId, String unitCode, String unitName, String unitPath, SheetState sheetState) {
        this.clusterId = clusterId;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.unitPath = unitPath;
        this.sheetState = sheetState;
    }
}
