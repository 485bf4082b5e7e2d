package vn.thidua.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.thidua.campaigns.MovementService;
import vn.thidua.campaigns.Movements;
import vn.thidua.commendation.AwardSummary;
import vn.thidua.commendation.Catalogue;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Page;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.reporting.CellRecords;
import vn.thidua.reporting.Report;
import vn.thidua.reporting.ReportCopy;
import vn.thidua.reporting.ReportForm;
import vn.thidua.reporting.ReportService;
import vn.thidua.reporting.internal.domain.ReportCopyRecord;
import vn.thidua.reporting.internal.domain.StatutoryForms;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultReportService implements ReportService {

    static final String BUNDLE = "vn.thidua.reporting.i18n.messages";

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private CommendationStatistics statistics;
    @Inject private Catalogue catalogue;
    @Inject private MovementService movements;
    @Inject private UnitService units;
    @Inject private UnitScope scope;
    @Inject private Caller caller;
    @Inject private AuditTrail auditTrail;

    @Override
    public Report build(ReportForm form, int year, String unitCode, LocalDate from, LocalDate to) {
        Checks checks = new Checks();
        checks.year("year", year);
        LocalDate first = from != null ? from : LocalDate.of(Math.max(year, Checks.FIRST_YEAR), 1, 1);
        LocalDate last = to != null ? to : LocalDate.of(Math.max(year, Checks.FIRST_YEAR), 12, 31);
        if (last.isBefore(first)) {
            checks.add(new Violation("to", BUNDLE, "period.reversed"));
        }
        String code = checks.code("unitCode", unitCode, false);
        checks.throwIfAny();
        String scopeCode;
        String scopeName;
        if (code == null) {
            UnitNode root = rootOfScope();
            scopeCode = root.code();
            scopeName = root.name();
            code = scope.readsEverything() ? null : root.code();
        } else {
            String c = code;
            units.pathOf(c).orElseThrow(() -> new UnknownRecordException(new Violation("unitCode", BUNDLE, "unit.unknown", c)));
            scopeCode = c;
            scopeName = units.namesOf(List.of(c)).get(c);
        }
        if (form == ReportForm.F0601) {
            return StatutoryForms.movementReport(year, scopeCode, scopeName, first, last,
                    movements.launchedBetween(first, last, code));
        }
        List<AwardSummary> awards = StatutoryForms.awardsOf(form.code(), catalogue.awards());
        return StatutoryForms.commendationReport(form.code(), year, scopeCode, scopeName, first, last, awards,
                statistics.groups(first, last, code));
    }

    /** The unit a report without a unit speaks for: the root for the province's office, else the caller's first unit. */
    private UnitNode rootOfScope() {
        List<UnitNode> top = units.topNodes();
        if (top.isEmpty()) {
            throw new AccessDeniedException("reports");
        }
        return top.get(0);
    }

    @Override
    public CellRecords records(Report report, String rowKey, String columnKey, int page, int size) {
        String unitCode = report.scope();
        if (report.form().equals(ReportForm.F0601.code())) {
            List<Movements.MovementSummary> all = movements.launchedBetween(report.from(), report.to(), unitCode).stream()
                    .filter(StatutoryForms.inCell(rowKey, columnKey)).toList();
            int first = Math.min(page * size, all.size());
            return new CellRecords(List.of(), all.subList(first, Math.min(first + size, all.size())), all.size());
        }
        List<AwardSummary> awards = StatutoryForms.awardsOf(report.form(), catalogue.awards());
        CommendationStatistics.Filter filter;
        try {
            filter = StatutoryForms.filterOf(report.form(), rowKey, columnKey, awards, report.from(), report.to(), unitCode);
        } catch (IllegalArgumentException e) {
            // A cell of a copy sent in an older shape, or a key that is not on the form: no records behind it.
            return new CellRecords(List.of(), List.of(), 0);
        }
        Page<CommendationStatistics.Line> found = statistics.records(filter, page, size);
        return new CellRecords(found.items(), List.of(), found.total());
    }

    @Override
    @Transactional
    public long send(Report report) {
        String path = units.pathOf(report.scope()).orElseThrow();
        if (!scope.hasRoleOn(path, Set.of(Roles.ADMIN, Roles.SPECIALIST))) {
            throw new AccessDeniedException("sending report " + report.form());
        }
        String figures;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            figures = jsonb.toJson(report);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ReportCopyRecord copy = new ReportCopyRecord(report.form(), report.year(), report.scope(), report.from(),
                report.to(), figures, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM));
        em.persist(copy);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("form", report.form());
        after.put("year", report.year());
        after.put("scope", report.scope());
        after.put("period", report.period());
        after.put("total", report.cell(StatutoryForms.TOTAL, StatutoryForms.TOTAL));
        auditTrail.recordIn(path, "ReportCopy", copy.getId(), AuditAction.CREATE, null, after);
        return copy.getId();
    }

    @Override
    public Optional<ReportCopy> lastSent(ReportForm form, int year, String scopeCode) {
        return em.createNamedQuery("ReportCopyRecord.latest", ReportCopyRecord.class).setParameter("form", form.code())
                .setParameter("year", year).setParameter("scope", scopeCode).setMaxResults(1).getResultStream()
                .findFirst().map(c -> {
                    try (Jsonb jsonb = JsonbBuilder.create()) {
                        return new ReportCopy(c.getId(), jsonb.fromJson(c.getFigures(), Report.class), c.getSentAt(),
                                c.getSentBy());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Override
    public List<ReportCopy.Difference> differences(ReportCopy sent, Report now) {
        List<ReportCopy.Difference> differences = new ArrayList<>();
        for (Report.Row row : now.rows()) {
            for (Report.Column column : now.columns()) {
                long before = sent.report().cell(row.key(), column.key());
                long after = row.cell(column.key());
                if (before != after) {
                    differences.add(new ReportCopy.Difference(row.label(), column.label(), before, after));
                }
            }
        }
        return differences;
    }
}
