package vn.thidua.organisation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.thidua.organisation.HouseholdDetails;
import vn.thidua.organisation.HouseholdService;
import vn.thidua.organisation.Saved;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Code;
import vn.thidua.platform.validation.Required;
import vn.thidua.platform.validation.Text;

/** {@code /api/v1/households}: households for family titles (shared/API.md, Organisation). */
@Path("households")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    @Inject private HouseholdService households;
    @Context private UriInfo uriInfo;

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public Response get(@PathParam("code") String code) {
        HouseholdDetails household = households.findByCode(Bodies.pathCode(code)).orElseThrow(() ->
                new UnknownRecordException(new Violation("code", "vn.thidua.organisation.i18n.messages",
                        "household.notFound", code)));
        return Response.ok(household).tag(ETags.of(household.version())).build();
    }

    /** The body of {@code PUT /households/{code}}. */
    public record HouseholdBody(@Required @Text String headName, @Required @Code String unitCode) implements RequestBody {

        public HouseholdBody {
            headName = headName == null ? null : headName.strip();
        }
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response put(@PathParam("code") String code, HouseholdBody body, @Context HttpHeaders headers) {
        Saved<HouseholdDetails> saved = households.save(Bodies.pathCode(code), body.headName(), body.unitCode(),
                ETags.expectedVersion(headers));
        Response.ResponseBuilder response = saved.created()
                ? Response.created(uriInfo.getAbsolutePath()) : Response.ok();
        return response.entity(saved.value()).tag(ETags.of(saved.value().version())).build();
    }
}
