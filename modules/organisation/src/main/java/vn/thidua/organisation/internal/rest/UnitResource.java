package vn.thidua.organisation.internal.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.Saved;
import vn.thidua.organisation.UnitChange;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitInput;
import vn.thidua.organisation.UnitKind;
import vn.thidua.organisation.UnitService;
import vn.thidua.organisation.YearRating;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Code;
import vn.thidua.platform.validation.Required;
import vn.thidua.platform.validation.Text;

/** {@code /api/v1/units}: the unit tree of the public API (shared/API.md, Organisation). */
@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject private UnitService units;
    @Context private UriInfo uriInfo;

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public Response get(@PathParam("code") String code) {
        UnitDetails unit = units.findByCode(Bodies.pathCode(code)).orElseThrow(() -> notFound(code));
        return Response.ok(unit).tag(ETags.of(unit.version())).build();
    }

    /** The body of {@code PUT /units/{code}}. */
    public record UnitBody(@Required @Text String name, @Code String parentCode, @Required UnitKind kind,
                           LocalDate validFrom, LocalDate validTo, vn.thidua.organisation.MemberCount memberCount)
            implements RequestBody {

        public UnitBody {
            name = name == null ? null : name.strip();
        }
    }

    /** Creates or updates a unit; with If-Match, only when the version still matches (else 412). */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response put(@PathParam("code") String code, UnitBody body, @Context HttpHeaders headers) {
        Saved<UnitDetails> saved = units.save(Bodies.pathCode(code), new UnitInput(body.name(),
                        body.parentCode() == null || body.parentCode().isEmpty() ? null : body.parentCode(), body.kind(),
                        body.validFrom(), body.validTo(), body.memberCount()), ETags.expectedVersion(headers));
        Response.ResponseBuilder response = saved.created()
                ? Response.created(uriInfo.getAbsolutePath()) : Response.ok();
        return response.entity(saved.value()).tag(ETags.of(saved.value().version())).build();
    }

    @PUT
    @Path("{code}/ratings/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public YearRating putRating(@PathParam("code") String code, @PathParam("year") String year,
                                Bodies.RatingBody body) {
        String unitCode = Bodies.pathCode(code);
        return units.rate(unitCode, Bodies.pathYear(year), body.rating());
    }

    /** The body of a merger: the successor and the date from which the unit is part of it. */
    public record MergeBody(@Required @Code String successorCode, @Required LocalDate effectiveDate,
                            @Text(max = 128) String decisionNumber) implements RequestBody {

        public MergeBody {
            decisionNumber = decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip();
        }
    }

    /**
     * Merges the unit into a successor from {@code effectiveDate}: {@code {successorCode, effectiveDate,
     * decisionNumber?}}; answers the successor (an addition to the contract of shared/API.md).
     */
    @POST
    @Path("{code}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public UnitDetails merge(@PathParam("code") String code, MergeBody body) {
        return units.merge(List.of(Bodies.pathCode(code)), body.successorCode(), body.effectiveDate(),
                body.decisionNumber());
    }

    /** The body of a dissolution. */
    public record DissolutionBody(@Required LocalDate effectiveDate, @Text(max = 128) String decisionNumber)
            implements RequestBody {

        public DissolutionBody {
            decisionNumber = decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip();
        }
    }

    /** Dissolves the unit from {@code effectiveDate}: {@code {effectiveDate, decisionNumber?}} (an addition). */
    @POST
    @Path("{code}/dissolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public UnitDetails dissolve(@PathParam("code") String code, DissolutionBody body) {
        return units.dissolve(Bodies.pathCode(code), body.effectiveDate(), body.decisionNumber());
    }

    /** Mergers and dissolutions that made the unit, back through its predecessors (an addition). */
    @GET
    @Path("{code}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public List<UnitChange> history(@PathParam("code") String code) {
        return units.history(Bodies.pathCode(code));
    }

    private static UnknownRecordException notFound(String code) {
        return new UnknownRecordException(new Violation("code", "vn.thidua.organisation.i18n.messages",
                "unit.notFound", code));
    }
}
