package vn.thidua.commendation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import vn.thidua.commendation.CommendationInput;
import vn.thidua.commendation.CommendationService;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.RevocationInput;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Texts;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.JsonBodies;

/** {@code /api/v1/commendations}: decided commendations, their corrections and revocations (shared/API.md). */
@Path("commendations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommendationResource {

    @Inject
    private CommendationService commendations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response record(InputStream body) {
        long id = commendations.record(input(JsonBodies.read(body)));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response correct(@PathParam("id") String id, InputStream body) {
        long corrected = commendations.correct(id(id), input(JsonBodies.read(body)));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", corrected)).build();
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response revoke(@PathParam("id") String id, InputStream body) {
        long commendationId = id(id);
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        String reason = checks.requiredText("reason", JsonBodies.string(json, "reason", checks), Texts.MAX_FREE_TEXT_LENGTH);
        String decisionNumber = checks.requiredText("decisionNumber", JsonBodies.string(json, "decisionNumber", checks), 128);
        LocalDate decisionDate = checks.isoDate("decisionDate", JsonBodies.string(json, "decisionDate", checks), true);
        boolean itemRecovered = json.get("itemRecovered") == JsonValue.TRUE;
        BigDecimal money = null;
        if (json.containsKey("moneyRecovered") && json.get("moneyRecovered").getValueType() == JsonValue.ValueType.NUMBER) {
            money = json.getJsonNumber("moneyRecovered").bigDecimalValue();
        } else if (json.containsKey("moneyRecovered") && json.get("moneyRecovered") != JsonValue.NULL) {
            checks.add(Violation.of("moneyRecovered", "notNumber"));
        }
        checks.throwIfAny();
        commendations.revoke(commendationId, new RevocationInput(reason, decisionNumber, decisionDate, itemRecovered, money));
        return Response.ok(Map.of("id", commendationId, "revoked", true)).build();
    }

    /** Decided awards flagged for re-examination in the caller's units (an addition to the contract). */
    @jakarta.ws.rs.GET
    @Path("to-reexamine")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    public java.util.List<vn.thidua.commendation.Reexamination> toReexamine() {
        return commendations.toReexamine();
    }

    private static CommendationInput input(JsonObject json) {
        Checks checks = new Checks();
        String awardCode = checks.code("awardCode", JsonBodies.string(json, "awardCode", checks), true);
        RecipientType recipientType = checks.oneOf("recipientType", JsonBodies.string(json, "recipientType", checks),
                RecipientType.class, true);
        String recipientCode = checks.code("recipientCode", JsonBodies.string(json, "recipientCode", checks), true);
        Integer year = JsonBodies.integer(json, "year", checks);
        if (year == null && !checks.has("year")) {
            checks.add(Violation.of("year", "required"));
        }
        CommendationType type = checks.oneOf("type", JsonBodies.string(json, "type", checks), CommendationType.class, true);
        String movementCode = checks.code("movementCode", JsonBodies.string(json, "movementCode", checks), false);
        String decisionNumber = checks.requiredText("decisionNumber", JsonBodies.string(json, "decisionNumber", checks), 128);
        LocalDate decisionDate = checks.isoDate("decisionDate", JsonBodies.string(json, "decisionDate", checks), true);
        String signer = checks.optionalText("signer", JsonBodies.string(json, "signer", checks), Texts.MAX_NAME_LENGTH);
        String authority = checks.optionalText("authority", JsonBodies.string(json, "authority", checks),
                Texts.MAX_NAME_LENGTH);
        checks.throwIfAny();
        return new CommendationInput(awardCode, recipientType, recipientCode, year, type, movementCode, decisionNumber,
                decisionDate, signer, authority);
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Violation.of("id", "notNumber"));
        }
    }

}
