package vn.thidua.campaigns.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import vn.thidua.campaigns.RegistrationService;
import vn.thidua.campaigns.RegistrationState;
import vn.thidua.campaigns.Registrations;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Texts;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Required;
import vn.thidua.platform.validation.Text;

/**
 * Emulation registrations: {@code POST /api/v1/registrations} creates, {@code PUT …/{id}} replaces a draft's content
 * ({@code version} required), {@code POST …/{id}/submit|receive|return} move it ({@code {version, reason?}}).
 */
@Path("registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject private RegistrationService registrations;

    /** The body of a registration: the unit's commitment for a year, with the people's titles ({@code lines}). */
    public record RegistrationBody(String unitCode, Integer year, String movementCode, String collectiveAward,
                                   String collectiveTarget, List<Registrations.Line> lines, Integer version)
            implements RequestBody {

        Registrations.RegistrationInput input() {
            return new Registrations.RegistrationInput(unitCode, year, movementCode, collectiveAward, collectiveTarget,
                    lines);
        }
    }

    /** The body of a move: {@code {version, reason?}} (the reason of a return). */
    public record MoveBody(@Required Integer version, @Text(max = Texts.MAX_FREE_TEXT_LENGTH) String reason)
            implements RequestBody {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response create(RegistrationBody body) {
        long id = registrations.save(null, null, body.input());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Registrations.RegistrationDetails replace(@PathParam("id") long id, RegistrationBody body) {
        if (body.version() == null) {
            throw new InvalidInputException(List.of(Violation.of("version", "required")));
        }
        registrations.save(id, body.version().longValue(), body.input());
        return registrations.find(id);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public Registrations.RegistrationDetails find(@PathParam("id") long id) {
        return registrations.find(id);
    }

    @POST
    @Path("{id}/{action: submit|receive|return}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Map<String, Object> act(@PathParam("id") long id, @PathParam("action") String action, MoveBody body) {
        int version = body.version();
        String reason = body.reason();
        RegistrationState state = switch (action) {
            case "submit" -> registrations.submit(id, version);
            case "receive" -> registrations.receive(id, version);
            default -> registrations.returnToUnit(id, version, reason);
        };
        return Map.of("state", state);
    }
}
