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
    private String code;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "theme", length = 500)
    private String theme;

    @Column(name = "slogan", length = 500)
    private String slogan;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private MovementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "launch_level", nullable = false)
    private MovementLevel launchLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private MovementScope scope;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    private String unitCode;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    private String unitPath;

    @Column(name = "targets", length = 10000)
    private String targets;

    @Column(name = "scheme", length = 10000)
    private String scheme;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private MovementState state;

    @Column(name = "launch_document_id")
    private Long launchDocumentId;

    @Column(name = "launched_on")
    private LocalDate launchedOn;

    protected Movement() {
    }

    public Movement(String code, String unitCode, String unitPath, OffsetDateTime createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.code = code;
        this.unitCode = unitCode;
        this.unitPath = unitPath;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTheme() {
        return theme;
    }

    public String getSlogan() {
        return slogan;
    }

    public MovementKind getKind() {
        return kind;
    }

    public MovementLevel getLaunchLevel() {
        return launchLevel;
    }

    public MovementScope getScope() {
        return scope;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getTargets() {
        return targets;
    }

    public String getScheme() {
        return scheme;
    }

    public MovementState getState() {
        return state;
    }

    public Long getLaunchDocumentId() {
        return launchDocumentId;
    }

    public LocalDate getLaunchedOn() {
        return launchedOn;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public void setSlogan(String slogan) {
        this.slogan = slogan;
    }

    public void setKind(MovementKind kind) {
        this.kind = kind;
    }

    public void setLaunchLevel(MovementLevel launchLevel) {
        this.launchLevel = launchLevel;
    }

    public void setScope(MovementScope scope) {
        this.scope = scope;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public void setTargets(String targets) {
        this.targets = targets;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public void setState(MovementState state) {
        this.state = state;
    }

    public void setLaunchDocumentId(Long launchDocumentId) {
        this.launchDocumentId = launchDocumentId;
    }

    public void setLaunchedOn(LocalDate launchedOn) {
        this.launchedOn = launchedOn;
    }

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmp_movement_unit", joinColumns = @JoinColumn(name = "movement_id"))
    @Column(name = "unit_code", length = 64)
    private List<String> unitCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmp_movement_cluster", joinColumns = @JoinColumn(name = "movement_id"))
    @Column(name = "cluster_code", length = 64)
    private List<String> clusterCodes = new ArrayList<>();

    public List<String> getUnitCodes() {
        return unitCodes;
    }

    public List<String> getClusterCodes() {
        return clusterCodes;
    }
}
