package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.thidua.campaigns.ClusterKind;

/** An emulation cluster (by area) or bloc (by sector) of a year, with its head, deputy and ranking state. */
@Entity
@Table(name = "cmp_cluster")
@NamedQuery(name = "Cluster.ofYear", query = "select c from Cluster c where c.year = :year order by c.kind, c.name")
@NamedQuery(name = "Cluster.byCode", query = "select c from Cluster c where c.code = :code and c.year = :year")
public class Cluster extends vn.thidua.platform.persistence.TrackedEntity {

    @Column(name = "code", nullable = false, updatable = false, length = 64)
    private String code;

    @Column(name = "cluster_year", nullable = false, updatable = false)
    private Integer year;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ClusterKind kind;

    @Column(name = "head_unit_code", nullable = false, length = 64)
    private String headUnitCode;

    @Column(name = "deputy_unit_code", length = 64)
    private String deputyUnitCode;

    @Column(name = "owner_unit_code", nullable = false, length = 64)
    private String ownerUnitCode;

    @Column(name = "owner_path", nullable = false, length = 1000)
    private String ownerPath;

    @Column(name = "flag_count", nullable = false)
    private Integer flagCount;

    @Column(name = "certificate_count", nullable = false)
    private Integer certificateCount;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "published_by", length = 128)
    private String publishedBy;

    protected Cluster() {
    }

    public Cluster(String code, Integer year, OffsetDateTime createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.code = code;
        this.year = year;
    }

    public String getCode() {
        return code;
    }

    public Integer getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public ClusterKind getKind() {
        return kind;
    }

    public String getHeadUnitCode() {
        return headUnitCode;
    }

    public String getDeputyUnitCode() {
        return deputyUnitCode;
    }

    public String getOwnerUnitCode() {
        return ownerUnitCode;
    }

    public void setOwnerUnitCode(String ownerUnitCode) {
        this.ownerUnitCode = ownerUnitCode;
    }

    public String getOwnerPath() {
        return ownerPath;
    }

    public Integer getFlagCount() {
        return flagCount;
    }

    public Integer getCertificateCount() {
        return certificateCount;
    }

    public String getState() {
        return state;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setKind(ClusterKind kind) {
        this.kind = kind;
    }

    public void setHeadUnitCode(String headUnitCode) {
        this.headUnitCode = headUnitCode;
    }

    public void setDeputyUnitCode(String deputyUnitCode) {
        this.deputyUnitCode = deputyUnitCode;
    }

    public void setOwnerPath(String ownerPath) {
        this.ownerPath = ownerPath;
    }

    public void setFlagCount(Integer flagCount) {
        this.flagCount = flagCount;
    }

    public void setCertificateCount(Integer certificateCount) {
        this.certificateCount = certificateCount;
    }

    public void setState(String state) {
        this.state = state;
    }

    public void setPublishedAt(OffsetDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public void setPublishedBy(String publishedBy) {
        this.publishedBy = publishedBy;
    }
}
