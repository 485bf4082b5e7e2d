package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.campaigns.MovementKind;
import vn.thidua.campaigns.MovementLevel;
import vn.thidua.campaigns.MovementScope;
import vn.thidua.campaigns.MovementState;

/** An emulation movement: what, who launches it, for whom, when, and its state. */
@Entity
@Table(name = "cmp_movement")
@NamedQuery(name = "Movement.byCode", query = "select m from Movement m where m.code = :code")
@NamedQuery(name = "Movement.latest", query = "select m from Movement m order by m.startsOn desc, m.id desc")
public class Movement extends vn.thidua.platform.persistence.TrackedEntity {

    @Column(name = "code", nullable = false, updatable = false, length = 64)
    @Getter private String code;

    @Column(name = "name", nullable = false, length = 500)
    @Getter @Setter private String name;

    @Column(name = "theme", length = 500)
    @Getter @Setter private String theme;

    @Column(name = "slogan", length = 500)
    @Getter @Setter private String slogan;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    @Getter @Setter private MovementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "launch_level", nullable = false)
    @Getter @Setter private MovementLevel launchLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    @Getter @Setter private MovementScope scope;

    @Column(name = "starts_on", nullable = false)
    @Getter @Setter private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    @Getter @Setter private LocalDate endsOn;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    @Getter private String unitCode;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    @Getter private String unitPath;

    @Column(name = "targets", length = 10000)
    @Getter @Setter private String targets;

    @Column(name = "scheme", length = 10000)
    @Getter @Setter private String scheme;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    @Getter @Setter private MovementState state;

    @Column(name = "launch_document_id")
    @Getter @Setter private Long launchDocumentId;

    @Column(name = "launched_on")
    @Getter @Setter private LocalDate launchedOn;

    protected Movement() {
    }

    public Movement(String code, String unitCode, String unitPath, OffsetDateTime createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.code = code;
        this.unitCode = unitCode;
        this.unitPath = unitPath;
    }

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmp_movement_unit", joinColumns = @JoinColumn(name = "movement_id"))
    @Column(name = "unit_code", length = 64)
    @Getter private List<String> unitCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmp_movement_cluster", joinColumns = @JoinColumn(name = "movement_id"))
    @Column(name = "cluster_code", length = 64)
    @Getter private List<String> clusterCodes = new ArrayList<>();
}
