package vn.thidua.campaigns.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.campaigns.ClusterKind;
import vn.thidua.campaigns.ClusterService;
import vn.thidua.campaigns.Clusters;
import vn.thidua.campaigns.CriterionKind;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.JsonBodies;

/**
 * Clusters and blocs of a year ({@code /api/v1/clusters/{year}/{code}}): the covenant, each member's scores
 * ({@code …/scores/{unitCode}}, criteria addressed by their position on the sheet), the head's confirmation and the
 * published ranking.
 */
@Path("clusters/{year}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

    private static final String BUNDLE = "vn.thidua.campaigns.i18n.messages";

    @Inject private ClusterService clusters;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public List<Clusters.ClusterSummary> list(@PathParam("year") int year) {
        return clusters.list(year);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST})
    public Response create(@PathParam("year") int year, @PathParam("code") String code, InputStream body) {
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        List<Clusters.CriterionInput> criteria = new ArrayList<>();
        for (JsonObject c : JsonBodies.objects(json, "criteria", checks)) {
            criteria.add(new Clusters.CriterionInput(JsonBodies.string(c, "name", checks),
                    checks.oneOf("criteria", JsonBodies.string(c, "kind", checks), CriterionKind.class, false),
                    JsonBodies.decimal(c, "maxPoints", checks), JsonBodies.decimal(c, "weight", checks)));
        }
        Clusters.ClusterInput input = new Clusters.ClusterInput(code, year, JsonBodies.string(json, "name", checks),
                checks.oneOf("kind", JsonBodies.string(json, "kind", checks), ClusterKind.class, true),
                JsonBodies.string(json, "headUnitCode", checks), JsonBodies.string(json, "deputyUnitCode", checks),
                JsonBodies.strings(json, "unitCodes", checks), criteria, JsonBodies.integer(json, "flagCount", checks),
                JsonBodies.integer(json, "certificateCount", checks));
        checks.throwIfAny();
        long id = clusters.create(input);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public Clusters.ClusterDetails find(@PathParam("year") int year, @PathParam("code") String code) {
        return clusters.find(code, year);
    }

    /** {@code {scores: [{position, points, evidence?}], submit?}}. */
    @PUT
    @Path("{code}/scores/{unitCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public Clusters.ClusterDetails score(@PathParam("year") int year, @PathParam("code") String code,
                                      @PathParam("unitCode") String unitCode, InputStream body) {
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        List<Clusters.Points> points = points(clusters.find(code, year), JsonBodies.objects(json, "scores", checks),
                "evidence", checks);
        boolean submit = JsonBodies.bool(json, "submit", false, checks);
        checks.throwIfAny();
        clusters.score(code, year, unitCode, points, submit);
        return clusters.find(code, year);
    }

    /** {@code {adjustments: [{position, points, reason}]}} — an empty list confirms the sheet as scored. */
    @POST
    @Path("{code}/scores/{unitCode}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public Clusters.ClusterDetails confirm(@PathParam("year") int year, @PathParam("code") String code,
                                        @PathParam("unitCode") String unitCode, InputStream body) {
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        List<Clusters.Points> adjustments = points(clusters.find(code, year),
                JsonBodies.objects(json, "adjustments", checks), "reason", checks);
        checks.throwIfAny();
        clusters.confirm(code, year, unitCode, adjustments);
        return clusters.find(code, year);
    }

    /** {@code {version}}: publishes the ranking (and drafts the nominations it calls for). */
    @POST
    @Path("{code}/ranking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public List<Clusters.RankDetails> publish(@PathParam("year") int year, @PathParam("code") String code, InputStream body) {
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        Integer version = JsonBodies.integer(json, "version", checks);
        checks.require(version != null, Violation.of("version", "required"));
        checks.throwIfAny();
        return clusters.publish(code, year, version);
    }

    private static List<Clusters.Points> points(Clusters.ClusterDetails cluster, List<JsonObject> items, String textField,
                                                Checks checks) {
        List<Clusters.Points> points = new ArrayList<>();
        for (JsonObject item : items) {
            Integer position = JsonBodies.integer(item, "position", checks);
            BigDecimal value = JsonBodies.decimal(item, "points", checks);
            String text = JsonBodies.string(item, textField, checks);
            Clusters.CriterionDetails criterion = cluster.criteria().stream()
                    .filter(c -> position != null && c.position() == position).findFirst().orElse(null);
            if (criterion == null) {
                checks.add(new Violation("position", BUNDLE, "criterion.unknown", position));
            } else if (value == null) {
                checks.add(Violation.of("points", "required"));
            } else {
                points.add(new Clusters.Points(criterion.id(), value, text));
            }
        }
        return points;
    }
}
