package vn.thidua.organisation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitService;
import vn.thidua.platform.Codes;
import vn.thidua.platform.Roles;
import vn.thidua.platform.rest.ProblemException;
import vn.thidua.platform.rest.ProblemMessages;

/** {@code /api/v1/units}: the unit tree of the public API (shared/API.md, Organisation). */
@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    private UnitService units;

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
            Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public Response get(@PathParam("code") String code) {
        if (!Codes.isValid(code)) {
            throw ProblemException.badRequest("code", ProblemMessages.get("code.invalid", code));
        }
        UnitDetails unit = units.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound(ProblemMessages.get("unit.notFound", code)));
        return Response.ok(unit).tag(new EntityTag(Long.toString(unit.version()))).build();
    }
}
