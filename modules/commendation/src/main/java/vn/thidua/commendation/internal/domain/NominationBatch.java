package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.NominationState;

/** A nomination batch (đợt đề nghị) of a unit for a year and a type of commendation. */
@Entity
@Table(name = "cmd_nomination_batch")
public class NominationBatch extends vn.thidua.platform.persistence.TrackedEntity {

    @Column(name = "title", nullable = false, length = 500)
    @Getter private String title;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 64)
    @Getter private String unitCode;

    @Column(name = "unit_path", nullable = false, updatable = false, length = 1000)
    @Getter private String unitPath;

    @Column(name = "achievement_year", nullable = false, updatable = false)
    @Getter private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "commendation_type", nullable = false, updatable = false, length = 16)
    @Getter private CommendationType type;

    @Column(name = "movement_code", updatable = false, length = 64)
    @Getter private String movementCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_level", nullable = false, updatable = false, length = 16)
    @Getter private AwardLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 24)
    @Getter private NominationState state = NominationState.DRAFT;

    protected NominationBatch() {
    }

    public NominationBatch(String title, String unitCode, String unitPath, int year, CommendationType type,
                           String movementCode, AwardLevel level, OffsetDateTime createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.title = title;
        this.unitCode = unitCode;
        this.unitPath = unitPath;
        this.year = year;
        this.type = type;
        this.movementCode = movementCode;
        this.level = level;
    }

    public void moveTo(NominationState next) {
        this.state = next;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("unitCode", unitCode);
        values.put("year", year);
        values.put("type", type);
        values.put("movementCode", movementCode);
        values.put("level", level);
        values.put("state", state);
        return values;
    }
}
