package vn.thidua.commendation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;

/** {@code GET /api/v1/nominations?unitCode=…&year=…}: a unit's nomination batches of a year with their nominees. */
@Path("nominations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NominationResource {

    public record NomineeLine(RecipientType recipientType, String recipientCode, String name, String awardCode,
                              boolean withdrawn, boolean unregistered) {
    }

    public record BatchLine(long id, String title, String unitCode, int year, CommendationType type, String movementCode,
                            AwardLevel level, NominationState state, List<NomineeLine> nominees) {
    }

    @Inject
    private NominationService nominations;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public List<BatchLine> ofUnit(@QueryParam("unitCode") String unitCode, @QueryParam("year") Integer year) {
        Checks checks = new Checks();
        String unit = checks.code("unitCode", unitCode, true);
        checks.require(year != null, Violation.of("year", "required"));
        checks.throwIfAny();
        return nominations.ofUnit(unit, year).stream().map(b -> new BatchLine(b.batch().id(), b.batch().title(),
                b.batch().unitCode(), b.batch().year(), b.batch().type(), b.batch().movementCode(), b.batch().level(),
                b.batch().state(), b.nominees().stream().map(n -> new NomineeLine(n.recipientType(), n.code(), n.name(),
                        n.awardCode(), n.withdrawn(), n.unregistered())).toList())).toList();
    }
}
