package vn.thidua.reporting.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.reporting.Report;
import vn.thidua.reporting.ReportForm;
import vn.thidua.reporting.ReportService;
import vn.thidua.reporting.internal.documents.ReportWorkbook;

/**
 * {@code GET /api/v1/reports/{form}?year=…&unitCode=…[&from=…&to=…]} (shared/API.md): JSON, or the official .xlsx
 * layout with {@code Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}.
 */
@Path("reports/{form}")
@RequestScoped
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject private ReportService reports;

    private Report build(String form, String year, String unitCode, String from, String to) {
        Checks checks = new Checks();
        ReportForm reportForm = ReportForm.of(form).orElse(null);
        Integer y = null;
        if (year == null || year.isBlank()) {
            checks.add(Violation.of("year", "required"));
        } else {
            try {
                y = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                checks.add(Violation.of("year", "notNumber"));
            }
        }
        LocalDate first = checks.isoDate("from", from, false);
        LocalDate last = checks.isoDate("to", to, false);
        checks.throwIfAny();
        if (reportForm == null) {
            throw new UnknownRecordException(new Violation("form", "vn.thidua.reporting.i18n.messages", "form.unknown", form));
        }
        return reports.build(reportForm, y, unitCode == null || unitCode.isBlank() ? null : unitCode.strip(), first, last);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public Map<String, Object> json(@PathParam("form") String form, @QueryParam("year") String year,
                                    @QueryParam("unitCode") String unitCode, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        Report report = build(form, year, unitCode, from, to);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("form", report.form());
        json.put("year", report.year());
        json.put("scope", report.scope());
        json.put("scopeName", report.scopeName());
        json.put("from", report.from().toString());
        json.put("to", report.to().toString());
        json.put("columns", report.columns().stream().map(c -> Map.of("key", c.key(), "label", c.label())).toList());
        List<Map<String, Object>> rows = report.rows().stream().filter(r -> !r.section()).map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", r.key());
            row.put("label", r.label());
            row.put("cells", r.cells());
            return row;
        }).toList();
        json.put("rows", rows);
        return json;
    }

    @GET
    @Produces(XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public Response xlsx(@PathParam("form") String form, @QueryParam("year") String year,
                         @QueryParam("unitCode") String unitCode, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        Report report = build(form, year, unitCode, from, to);
        StreamingOutput body = out -> ReportWorkbook.write(report, out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"bieu-" + report.form() + "-"
                + report.year() + ".xlsx\"").build();
    }
}
