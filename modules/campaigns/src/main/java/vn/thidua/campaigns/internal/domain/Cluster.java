package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.campaigns.ClusterKind;

/** An emulation cluster (by area) or bloc (by sector) of a year, with its head, deputy and ranking state. */
@Entity
@Table(name = "cmp_cluster")
@NamedQuery(name = "Cluster.ofYear", query = "select c from Cluster c where c.year = :year order by c.kind, c.name")
@NamedQuery(name = "Cluster.byCode", query = "select c from Cluster c where c.code = :code and c.year = :year")
public class Cluster extends vn.thidua.platform.persistence.TrackedEntity {

    @Column(name = "code", nullable = false, updatable = false, length = 64)
    @Getter private String code;

    @Column(name = "cluster_year", nullable = false, updatable = false)
    @Getter private Integer year;

    @Column(name = "name", nullable = false, length = 500)
    @Getter @Setter private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    @Getter @Setter private ClusterKind kind;

    @Column(name = "head_unit_code", nullable = false, length = 64)
    @Getter @Setter private String headUnitCode;

    @Column(name = "deputy_unit_code", length = 64)
    @Getter @Setter private String deputyUnitCode;

    @Column(name = "owner_unit_code", nullable = false, length = 64)
    @Getter @Setter private String ownerUnitCode;

    @Column(name = "owner_path", nullable = false, length = 1000)
    @Getter @Setter private String ownerPath;

    @Column(name = "flag_count", nullable = false)
    @Getter @Setter private Integer flagCount;

    @Column(name = "certificate_count", nullable = false)
    @Getter @Setter private Integer certificateCount;

    @Column(name = "state", nullable = false, length = 16)
    @Getter @Setter private String state;

    @Column(name = "published_at")
    @Getter @Setter private OffsetDateTime publishedAt;

    @Column(name = "published_by", length = 128)
    @Getter @Setter private String publishedBy;

    protected Cluster() {
    }

    public Cluster(String code, Integer year, OffsetDateTime createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.code = code;
        this.year = year;
    }
}
