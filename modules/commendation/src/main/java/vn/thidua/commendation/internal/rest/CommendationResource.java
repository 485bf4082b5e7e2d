package vn.thidua.commendation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import vn.thidua.commendation.CommendationInput;
import vn.thidua.commendation.CommendationService;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.RevocationInput;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Texts;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Code;
import vn.thidua.platform.validation.Required;
import vn.thidua.platform.validation.Text;

/** {@code /api/v1/commendations}: decided commendations, their corrections and revocations (shared/API.md). */
@Path("commendations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommendationResource {

    @Inject private CommendationService commendations;

    /** A decided commendation as the API records it (shared/API.md). */
    public record CommendationBody(@Required @Code String awardCode, @Required RecipientType recipientType,
                                   @Required @Code String recipientCode, @Required Integer year,
                                   @Required CommendationType type, @Code String movementCode,
                                   @Required @Text(max = 128) String decisionNumber, @Required LocalDate decisionDate,
                                   @Text String signer, @Text String authority) implements RequestBody {

        public CommendationBody {
            movementCode = movementCode == null || movementCode.isEmpty() ? null : movementCode;
            decisionNumber = decisionNumber == null ? null : decisionNumber.strip();
            signer = signer == null || signer.isBlank() ? null : signer.strip();
            authority = authority == null || authority.isBlank() ? null : authority.strip();
        }

        CommendationInput input() {
            return new CommendationInput(awardCode, recipientType, recipientCode, year, type, movementCode,
                    decisionNumber, decisionDate, signer, authority);
        }
    }

    /** A revocation: why, by which decision, and what was recovered. */
    public record RevocationBody(@Required @Text(max = Texts.MAX_FREE_TEXT_LENGTH) String reason,
                                 @Required @Text(max = 128) String decisionNumber, @Required LocalDate decisionDate,
                                 Boolean itemRecovered, BigDecimal moneyRecovered) implements RequestBody {

        public RevocationBody {
            reason = reason == null ? null : reason.strip();
            decisionNumber = decisionNumber == null ? null : decisionNumber.strip();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response record(CommendationBody body) {
        long id = commendations.record(body.input());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response correct(@PathParam("id") String id, CommendationBody body) {
        long corrected = commendations.correct(id(id), body.input());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", corrected)).build();
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response revoke(@PathParam("id") String id, RevocationBody body) {
        long commendationId = id(id);
        commendations.revoke(commendationId, new RevocationInput(body.reason(), body.decisionNumber(), body.decisionDate(),
                Boolean.TRUE.equals(body.itemRecovered()), body.moneyRecovered()));
        return Response.ok(Map.of("id", commendationId, "revoked", true)).build();
    }

    /** Decided awards flagged for re-examination in the caller's units (an addition to the contract). */
    @jakarta.ws.rs.GET
    @Path("to-reexamine")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    public java.util.List<vn.thidua.commendation.Reexamination> toReexamine() {
        return commendations.toReexamine();
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Violation.of("id", "notNumber"));
        }
    }

}
