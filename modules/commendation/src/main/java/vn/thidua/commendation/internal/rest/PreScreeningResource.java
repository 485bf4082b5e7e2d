package vn.thidua.commendation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.thidua.commendation.PreScreeningJobs;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.sheets.Sheets;

/**
 * {@code /api/v1/prescreenings} (an addition to the contract, issue 16): {@code POST {unitCode, year}} starts a
 * pre-screening of the unit's subtree in the background and answers 202 with its {@code Location}; {@code GET} of
 * that address tells its state and progress and, when done, the counts per award; {@code GET …/workbook} is the
 * whole result as XLSX. A job is seen only by the account that started it (404 for anyone else).
 */
@Path("prescreenings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PreScreeningResource {

    private static final String BUNDLE = "vn.thidua.commendation.i18n.messages";

    @Inject private PreScreeningJobs jobs;
    @Context private UriInfo uri;

    /** The unit whose people and collectives are screened, and the year. */
    public record PreScreeningBody(String unitCode, Integer year) implements RequestBody {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public Response start(PreScreeningBody body) {
        PreScreeningJobs.JobDetails job = jobs.start(body.unitCode(), body.year());
        return Response.accepted(json(job)).location(uri.getBaseUriBuilder().path("prescreenings").path(job.id()).build())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public JsonObject find(@PathParam("id") String id) {
        return json(jobs.find(id).orElseThrow(() -> unknown(id)));
    }

    @GET
    @Path("{id}/workbook")
    @Produces(Sheets.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public Response workbook(@PathParam("id") String id) {
        PreScreeningJobs.JobDetails job = jobs.find(id).orElseThrow(() -> unknown(id));
        byte[] workbook = jobs.workbook(id).orElseThrow(() -> new ConflictException(
                new Violation("id", BUNDLE, "prescreening.notDone", id)));
        return Response.ok(workbook, Sheets.XLSX).header("Content-Disposition", "attachment; filename=\"sang-loc-"
                + job.unitCode() + "-" + job.year() + ".xlsx\"").build();
    }

    private static UnknownRecordException unknown(String id) {
        return new UnknownRecordException(new Violation("id", BUNDLE, "prescreening.unknown", id));
    }

    private JsonObject json(PreScreeningJobs.JobDetails job) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", job.id()).add("unitCode", job.unitCode())
                .add("unitName", job.unitName()).add("year", job.year()).add("state", job.state().name())
                .add("progress", Json.createObjectBuilder().add("done", job.done()).add("total", job.total())
                        .add("percent", job.percent()))
                .add("createdAt", job.createdAt().toString());
        if (job.finishedAt() != null) {
            json.add("finishedAt", job.finishedAt().toString());
        }
        if (job.failure() != null) {
            json.add("failure", job.failure());
        }
        if (job.state() == PreScreeningJobs.State.DONE) {
            JsonObjectBuilder counts = Json.createObjectBuilder();
            job.counts().forEach(counts::add);
            json.add("people", job.people()).add("units", job.units()).add("ruleSetVersion", job.ruleSetVersion())
                    .add("counts", counts).add("workbook", uri.getBaseUriBuilder().path("prescreenings").path(job.id())
                            .path("workbook").build().toString());
        }
        return json.build();
    }
}
