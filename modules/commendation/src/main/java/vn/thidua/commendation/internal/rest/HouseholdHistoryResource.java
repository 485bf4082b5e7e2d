package vn.thidua.commendation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.thidua.commendation.CommendationService;
import vn.thidua.commendation.HistoryEntry;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.Roles;

/** {@code /api/v1/households/{code}/commendations}: the history, newest first, revoked and superseded ones marked. */
@Path("households/{code}/commendations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdHistoryResource {

    @Inject private CommendationService commendations;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public List<HistoryEntry> history(@PathParam("code") String code) {
        return Histories.of(commendations, RecipientType.HOUSEHOLD, code);
    }
}
