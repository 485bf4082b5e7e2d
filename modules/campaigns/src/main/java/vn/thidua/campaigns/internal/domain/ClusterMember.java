package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import vn.thidua.campaigns.SheetState;

/** A unit in a cluster, with the state of its scoring sheet. */
@Entity
@Table(name = "cmp_cluster_member")
@NamedQuery(name = "ClusterMember.of", query = "select m from ClusterMember m where m.clusterId = :cluster order by m.unitName")
public class ClusterMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cluster_id", nullable = false, updatable = false)
    private Long clusterId;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    private String unitCode;

    @Column(name = "unit_name", nullable = false, updatable = false, length = 500)
    private String unitName;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    private String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "sheet_state", nullable = false)
    private SheetState sheetState;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", length = 128)
    private String submittedBy;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "confirmed_by", length = 128)
    private String confirmedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ClusterMember() {
    }

    public ClusterMember(Long clusterId, String unitCode, String unitName, String unitPath, SheetState sheetState) {
        this.clusterId = clusterId;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.unitPath = unitPath;
        this.sheetState = sheetState;
    }

    public Long getId() {
        return id;
    }

    public Long getClusterId() {
        return clusterId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public SheetState getSheetState() {
        return sheetState;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public long getVersion() {
        return version;
    }

    public void setSheetState(SheetState sheetState) {
        this.sheetState = sheetState;
    }

    public void setSubmittedAt(OffsetDateTime submittedAt) {
        this.submittedAt = submittedAt;
    }

    public void setSubmittedBy(String submittedBy) {
        this.submittedBy = submittedBy;
    }

    public void setConfirmedAt(OffsetDateTime confirmedAt) {
        this.confirmedAt = confirmedAt;
    }

    public void setConfirmedBy(String confirmedBy) {
        this.confirmedBy = confirmedBy;
    }
}
