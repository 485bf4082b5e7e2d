package vn.thidua.campaigns.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.thidua.campaigns.MovementKind;
import vn.thidua.campaigns.MovementLevel;
import vn.thidua.campaigns.MovementScope;
import vn.thidua.campaigns.MovementService;
import vn.thidua.campaigns.Movements;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.rest.VersionBody;
import vn.thidua.platform.validation.Required;

/** Emulation movements: {@code POST /api/v1/movements}, {@code GET /api/v1/movements[/{code}]}, state changes. */
@Path("movements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MovementResource {

    @Inject private MovementService movements;

    /** The body of {@code POST /movements}; the service checks codes, names and the period. */
    public record MovementBody(String code, String name, String theme, String slogan, @Required MovementKind kind,
                               @Required MovementLevel level, @Required MovementScope scope, String unitCode,
                               @Required LocalDate startsOn, @Required LocalDate endsOn, List<String> unitCodes,
                               List<String> clusterCodes, String targets, String scheme) implements RequestBody {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response create(MovementBody body) {
        Movements.MovementInput input = new Movements.MovementInput(body.code(), body.name(), body.theme(),
                body.slogan(), body.kind(), body.level(), body.scope(), body.unitCode(), body.startsOn(), body.endsOn(),
                body.unitCodes(), body.clusterCodes(), body.targets(), body.scheme());
        long id = movements.create(input);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id, "code", input.code())).build();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public Movements.MovementDetails find(@PathParam("code") String code) {
        Checks checks = new Checks();
        String valid = checks.code("code", code, true);
        checks.throwIfAny();
        return movements.find(valid).orElseThrow(() -> new UnknownRecordException(
                new Violation("code", "vn.thidua.campaigns.i18n.messages", "movement.unknown", valid)));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public List<Movements.MovementSummary> list(@QueryParam("year") Integer year) {
        return movements.list(year, 500);
    }

    /** {@code {version}}: moves the movement to its next state; answers {@code {state}}. */
    @POST
    @Path("{code}/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Map<String, Object> advance(@PathParam("code") String code, VersionBody body) {
        return Map.of("state", movements.advance(code, body.version()));
    }
}
