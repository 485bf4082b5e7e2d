package vn.thidua.campaigns.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.rest.VersionBody;
import vn.thidua.platform.validation.Required;

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

    /** A criterion of the covenant's scoring sheet, in the order of the sheet. */
    public record CriterionBody(String name, CriterionKind kind, BigDecimal maxPoints, BigDecimal weight) {
    }

    /** The body of {@code PUT /clusters/{year}/{code}}: the covenant; the service checks units, points and counts. */
    public record ClusterBody(String name, @Required ClusterKind kind, String headUnitCode, String deputyUnitCode,
                              List<String> unitCodes, List<@Valid CriterionBody> criteria, Integer flagCount,
                              Integer certificateCount) implements RequestBody {
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST})
    public Response create(@PathParam("year") int year, @PathParam("code") String code, ClusterBody body) {
        List<Clusters.CriterionInput> criteria = body.criteria().stream().map(c -> new Clusters.CriterionInput(
                c.name(), c.kind(), c.maxPoints(), c.weight())).toList();
        Clusters.ClusterInput input = new Clusters.ClusterInput(code, year, body.name(), body.kind(),
                body.headUnitCode(), body.deputyUnitCode(), body.unitCodes(), criteria, body.flagCount(),
                body.certificateCount());
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

    /** A member's points on the criterion at {@code position} of the sheet, with its evidence. */
    public record ScoreLine(Integer position, BigDecimal points, String evidence) {
    }

    /** The body of a member's sheet: {@code {scores: [{position, points, evidence?}], submit?}}. */
    public record ScoresBody(List<ScoreLine> scores, boolean submit) implements RequestBody {
    }

    /** The head's change of a member's points on the criterion at {@code position}, with its reason. */
    public record AdjustmentLine(Integer position, BigDecimal points, String reason) {
    }

    /** The body of a confirmation: {@code {adjustments: [{position, points, reason}]}}. */
    public record ConfirmationBody(List<AdjustmentLine> adjustments) implements RequestBody {
    }

    @PUT
    @Path("{code}/scores/{unitCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public Clusters.ClusterDetails score(@PathParam("year") int year, @PathParam("code") String code,
                                      @PathParam("unitCode") String unitCode, ScoresBody body) {
        List<Clusters.Points> points = points(clusters.find(code, year), body.scores().stream()
                .map(l -> new Line(l.position(), l.points(), l.evidence())).toList());
        clusters.score(code, year, unitCode, points, body.submit());
        return clusters.find(code, year);
    }

    /** An empty list of adjustments confirms the sheet as scored. */
    @POST
    @Path("{code}/scores/{unitCode}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public Clusters.ClusterDetails confirm(@PathParam("year") int year, @PathParam("code") String code,
                                        @PathParam("unitCode") String unitCode, ConfirmationBody body) {
        List<Clusters.Points> adjustments = points(clusters.find(code, year), body.adjustments().stream()
                .map(l -> new Line(l.position(), l.points(), l.reason())).toList());
        clusters.confirm(code, year, unitCode, adjustments);
        return clusters.find(code, year);
    }

    /** {@code {version}}: publishes the ranking (and drafts the nominations it calls for). */
    @POST
    @Path("{code}/ranking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public List<Clusters.RankDetails> publish(@PathParam("year") int year, @PathParam("code") String code,
                                              VersionBody body) {
        return clusters.publish(code, year, body.version());
    }

    private record Line(Integer position, BigDecimal value, String text) {
    }

    private static List<Clusters.Points> points(Clusters.ClusterDetails cluster, List<Line> lines) {
        Checks checks = new Checks();
        List<Clusters.Points> points = new ArrayList<>();
        for (Line line : lines) {
            Clusters.CriterionDetails criterion = cluster.criteria().stream()
                    .filter(c -> line.position() != null && c.position() == line.position()).findFirst().orElse(null);
            if (criterion == null) {
                checks.add(new Violation("position", BUNDLE, "criterion.unknown", line.position()));
            } else if (line.value() == null) {
                checks.add(Violation.of("points", "required"));
            } else {
                points.add(new Clusters.Points(criterion.id(), line.value(), line.text()));
            }
        }
        checks.throwIfAny();
        return points;
    }
}
