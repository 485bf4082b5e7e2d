package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.Nominations;

/** The office's timetable for the batches of one achievement year. */
@Entity
@Table(name = "cmd_timetable")
public class Timetable {

    @Id
    @Column(name = "achievement_year")
    private int year;

    @Column(name = "submit_by", nullable = false)
    @Getter private LocalDate submitBy;

    @Column(name = "receive_days", nullable = false)
    private int receiveDays;

    @Column(name = "appraise_days", nullable = false)
    private int appraiseDays;

    @Column(name = "council_days", nullable = false)
    private int councilDays;

    @Column(name = "sign_days", nullable = false)
    private int signDays;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 128)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected Timetable() {
    }

    public Timetable(int year) {
        this.year = year;
    }

    public void update(vn.thidua.commendation.WorkingCalendar.TimetableDetails v, OffsetDateTime at, String by) {
        this.submitBy = v.submitBy();
        this.receiveDays = v.receiveDays();
        this.appraiseDays = v.appraiseDays();
        this.councilDays = v.councilDays();
        this.signDays = v.signDays();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public vn.thidua.commendation.WorkingCalendar.TimetableDetails view() {
        return new vn.thidua.commendation.WorkingCalendar.TimetableDetails(year, submitBy, receiveDays, appraiseDays, councilDays, signDays, version);
    }

    /** Working days the office has for a batch that reached {@code state}; 0 when the state has no duration. */
    public int daysFor(NominationState state) {
        return switch (state) {
            case SUBMITTED -> receiveDays;
            case RECEIVED -> appraiseDays;
            case APPRAISED, COUNCIL -> councilDays;
            case AWAITING_SIGNATURE -> signDays;
            default -> 0;
        };
    }
}
