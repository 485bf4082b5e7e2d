package vn.thidua.campaigns.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.thidua.campaigns.InitiativeKind;
import vn.thidua.campaigns.InitiativeScope;
import vn.thidua.campaigns.InitiativeService;
import vn.thidua.platform.Roles;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Code;
import vn.thidua.platform.validation.Required;
import vn.thidua.platform.validation.Text;

/** {@code POST /api/v1/initiatives} (shared/API.md, achievements that rules read; optional field, recognisingBody, effect). */
@Path("initiatives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    @Inject private InitiativeService initiatives;

    /** The body of {@code POST /initiatives}. */
    public record InitiativeBody(@Required @Text String title, InitiativeKind kind, @Required InitiativeScope scope,
                                 @Required LocalDate recognisedOn, @Required @Text(max = 128) String decisionNumber,
                                 @Required List<@Code String> authorCodes, String field, String recognisingBody,
                                 String effect) implements RequestBody {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response record(InitiativeBody body) {
        long id = initiatives.record(body.title().strip(), body.kind(), body.authorCodes(), body.scope(),
                body.recognisedOn(), body.decisionNumber().strip(), body.field(), body.recognisingBody(), body.effect());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }
}
