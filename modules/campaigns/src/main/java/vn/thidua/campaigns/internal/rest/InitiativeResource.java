package vn.thidua.campaigns.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.campaigns.InitiativeKind;
import vn.thidua.campaigns.InitiativeScope;
import vn.thidua.campaigns.InitiativeService;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.JsonBodies;

/** {@code POST /api/v1/initiatives} (shared/API.md, achievements that rules read; optional field, recognisingBody, effect). */
@Path("initiatives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    @Inject private InitiativeService initiatives;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response record(InputStream body) {
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        String title = checks.name("title", JsonBodies.string(json, "title", checks));
        InitiativeKind kind = checks.oneOf("kind", JsonBodies.string(json, "kind", checks), InitiativeKind.class, false);
        InitiativeScope scope = checks.oneOf("scope", JsonBodies.string(json, "scope", checks), InitiativeScope.class, true);
        LocalDate recognisedOn = checks.isoDate("recognisedOn", JsonBodies.string(json, "recognisedOn", checks), true);
        String decisionNumber = checks.requiredText("decisionNumber", JsonBodies.string(json, "decisionNumber", checks), 128);
        List<String> authors = new ArrayList<>();
        JsonValue value = json.get("authorCodes");
        if (value instanceof JsonArray array) {
            for (JsonValue author : array) {
                authors.add(author instanceof JsonString text ? checks.code("authorCodes", text.getString(), true) : null);
            }
        } else {
            checks.add(Violation.of("authorCodes", "required"));
        }
        String field = JsonBodies.string(json, "field", checks);
        String recognisingBody = JsonBodies.string(json, "recognisingBody", checks);
        String effect = JsonBodies.string(json, "effect", checks);
        checks.throwIfAny();
        long id = initiatives.record(title, kind, authors, scope, recognisedOn, decisionNumber, field, recognisingBody,
                effect);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }
}
