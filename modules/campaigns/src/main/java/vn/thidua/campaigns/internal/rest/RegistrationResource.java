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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.campaigns.RegistrationService;
import vn.thidua.campaigns.RegistrationState;
import vn.thidua.campaigns.Registrations;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.JsonBodies;

/**
 * Emulation registrations: {@code POST /api/v1/registrations} creates, {@code PUT …/{id}} replaces a draft's content
 * ({@code version} required), {@code POST …/{id}/submit|receive|return} move it ({@code {version, reason?}}).
 */
@Path("registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject private RegistrationService registrations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response create(InputStream body) {
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        Registrations.RegistrationInput input = input(json, checks);
        checks.throwIfAny();
        long id = registrations.save(null, null, input);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Registrations.RegistrationDetails replace(@PathParam("id") long id, InputStream body) {
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        Registrations.RegistrationInput input = input(json, checks);
        Integer version = JsonBodies.integer(json, "version", checks);
        checks.require(version != null, Violation.of("version", "required"));
        checks.throwIfAny();
        registrations.save(id, version.longValue(), input);
        return registrations.find(id);
    }

    private static Registrations.RegistrationInput input(JsonObject json, Checks checks) {
        List<Registrations.Line> lines = new ArrayList<>();
        for (JsonObject line : JsonBodies.objects(json, "lines", checks)) {
            lines.add(new Registrations.Line(JsonBodies.string(line, "personCode", checks),
                    JsonBodies.string(line, "awardCode", checks)));
        }
        return new Registrations.RegistrationInput(JsonBodies.string(json, "unitCode", checks),
                JsonBodies.integer(json, "year", checks), JsonBodies.string(json, "movementCode", checks),
                JsonBodies.string(json, "collectiveAward", checks), JsonBodies.string(json, "collectiveTarget", checks),
                lines);
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
    public Map<String, Object> act(@PathParam("id") long id, @PathParam("action") String action, InputStream body) {
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        Integer version = JsonBodies.integer(json, "version", checks);
        String reason = JsonBodies.string(json, "reason", checks);
        checks.require(version != null, Violation.of("version", "required"));
        checks.throwIfAny();
        RegistrationState state = switch (action) {
            case "submit" -> registrations.submit(id, version);
            case "receive" -> registrations.receive(id, version);
            default -> registrations.returnToUnit(id, version, reason);
        };
        return Map.of("state", state);
    }
}
