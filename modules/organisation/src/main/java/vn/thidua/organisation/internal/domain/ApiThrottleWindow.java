package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;

/** The failed API sign-ins of one client address in its current window (shared by every node). */
@Entity
@Table(name = "org_api_throttle")
public class ApiThrottleWindow {

    @Id
    @Column(length = 64)
    private String address;

    @Column(name = "window_start", nullable = false)
    private OffsetDateTime windowStart;

    @Column(nullable = false)
    @Getter private int failures;

    protected ApiThrottleWindow() {
    }

    public ApiThrottleWindow(String address, OffsetDateTime now) {
        this.address = address;
        this.windowStart = now;
        this.failures = 1;
    }

    /** Counts one more failure; a window that ended before {@code now} starts again at one. */
    public void fail(OffsetDateTime now, int windowSeconds) {
        if (!windowStart.plusSeconds(windowSeconds).isAfter(now)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
    }

    /** Seconds until the address may try again, or 0 when it may now. */
    public long retryAfterSeconds(OffsetDateTime now, int maxFailures, int windowSeconds) {
        if (failures < maxFailures) {
            return 0;
        }
        long left = java.time.Duration.between(now, windowStart.plusSeconds(windowSeconds)).toSeconds();
        return left <= 0 ? 0 : left;
    }
}
