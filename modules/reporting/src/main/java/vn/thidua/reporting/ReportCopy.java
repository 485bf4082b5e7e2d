package vn.thidua.reporting;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A report as it was sent: the frozen figures, who sent it and when. */
public record ReportCopy(long id, Report report, OffsetDateTime sentAt, String sentBy) implements Serializable {

    /** When it was sent, in Vietnam's time, dd/MM/yyyy HH:mm. */
    public String sentAtText() {
        return sentAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    }

    /** A cell whose figure today differs from the one sent. */
    public record Difference(String rowLabel, String columnLabel, long sent, long now) implements Serializable {
    }
}
