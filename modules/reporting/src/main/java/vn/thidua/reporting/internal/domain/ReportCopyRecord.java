package vn.thidua.reporting.internal.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A statutory report as sent: its figures frozen as JSON, written once. */
@Entity
@Table(name = "rpt_report_copy")
@NamedQuery(name = "ReportCopyRecord.latest", query = "select c from ReportCopyRecord c where c.form = :form"
        + " and c.year = :year and c.scopeCode = :scope order by c.sentAt desc, c.id desc")
public class ReportCopyRecord extends IdentifiedEntity {

    @Column(name = "form", nullable = false, updatable = false, length = 8)
    private String form;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "scope_code", nullable = false, updatable = false, length = 64)
    private String scopeCode;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "figures", nullable = false, updatable = false)
    @Getter private String figures;

    @Column(name = "sent_at", nullable = false, updatable = false)
    @Getter private OffsetDateTime sentAt;

    @Column(name = "sent_by", nullable = false, updatable = false, length = 128)
    @Getter private String sentBy;

    protected ReportCopyRecord() {
    }

    public ReportCopyRecord(String form, int year, String scopeCode, LocalDate periodFrom, LocalDate periodTo,
                            String figures, OffsetDateTime sentAt, String sentBy) {
        this.form = form;
        this.year = year;
        this.scopeCode = scopeCode;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.figures = figures;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
    }
}
