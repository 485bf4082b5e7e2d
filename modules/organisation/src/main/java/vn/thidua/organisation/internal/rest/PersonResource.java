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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import vn.thidua.organisation.DisciplineInput;
import vn.thidua.organisation.DisciplineLevel;
import vn.thidua.organisation.DisciplineRecord;
import vn.thidua.organisation.Gender;
import vn.thidua.organisation.PersonDetails;
import vn.thidua.organisation.PersonInput;
import vn.thidua.organisation.PersonQuery;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.PersonSummary;
import vn.thidua.organisation.PositionCategory;
import vn.thidua.organisation.Saved;
import vn.thidua.organisation.YearRating;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Codes;
import vn.thidua.platform.Page;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.ETags;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Code;
import vn.thidua.platform.validation.Required;
import vn.thidua.platform.validation.Text;

/** {@code /api/v1/people}: people, memberships, ratings and discipline (shared/API.md, Organisation). */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    static final int MAX_PAGE_SIZE = 500;

    @Inject private PersonService people;
    @Context private UriInfo uriInfo;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public Page<PersonSummary> search(@QueryParam("q") String text, @QueryParam("unit") String unit,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        Checks checks = new Checks();
        String query = checks.optionalText("q", text, 500);
        String unitCode = checks.code("unit", unit, false);
        int pageNumber = number(checks, "page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = number(checks, "size", size, 50, 1, MAX_PAGE_SIZE);
        checks.throwIfAny();
        return people.search(new PersonQuery(query, unitCode, pageNumber, pageSize, PersonQuery.PersonSort.NAME, true));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public Response get(@PathParam("code") String code) {
        PersonDetails person = people.findByCode(Bodies.pathCode(code), true).orElseThrow(() -> notFound(code));
        return Response.ok(person).tag(ETags.of(person.version())).build();
    }

    /** The body of {@code PUT /people/{code}}. */
    public record PersonBody(@Required @Text String fullName, @Required @Code String unitCode, LocalDate unitSince,
                             @Required Gender gender, LocalDate birthDate, @Required PositionCategory positionCategory,
                             LocalDate startDate, @Text(max = 12) String citizenId) implements RequestBody {

        public PersonBody {
            fullName = fullName == null ? null : fullName.strip();
            citizenId = citizenId == null || citizenId.isBlank() ? null : citizenId.strip();
        }
    }

    /** Creates or updates a person; a new unitCode starts a new membership from unitSince (default today). */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response put(@PathParam("code") String code, PersonBody body, @Context HttpHeaders headers) {
        Saved<PersonDetails> saved = people.save(Bodies.pathCode(code), new PersonInput(body.fullName(), body.unitCode(),
                body.unitSince(), body.gender(), body.birthDate(), body.positionCategory(), body.startDate(),
                body.citizenId()), ETags.expectedVersion(headers));
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
        String personCode = Bodies.pathCode(code);
        return people.rate(personCode, Bodies.pathYear(year), body.rating());
    }

    @GET
    @Path("{code}/ratings")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public java.util.List<YearRating> ratings(@PathParam("code") String code) {
        return people.ratings(Bodies.pathCode(code));
    }

    /** The body of a disciplinary measure (shared/API.md: {level, year, decisionNumber, decisionDate}). */
    public record DisciplineBody(@Required DisciplineLevel level, @Required Integer year,
                                 @Required @Text(max = 128) String decisionNumber, @Required LocalDate decisionDate)
            implements RequestBody {

        public DisciplineBody {
            decisionNumber = decisionNumber == null ? null : decisionNumber.strip();
        }
    }

    @POST
    @Path("{code}/disciplines")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER})
    public Response addDiscipline(@PathParam("code") String code, DisciplineBody body) {
        DisciplineRecord recorded = people.addDiscipline(Bodies.pathCode(code),
                new DisciplineInput(body.level(), body.year(), body.decisionNumber(), body.decisionDate()));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @GET
    @Path("{code}/disciplines")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public java.util.List<DisciplineRecord> disciplines(@PathParam("code") String code) {
        return people.disciplines(Bodies.pathCode(code));
    }

    private static int number(Checks checks, String field, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                checks.add(new Violation(field, "vn.thidua.organisation.i18n.messages", "paging.range", min, max));
            }
            return number;
        } catch (NumberFormatException e) {
            checks.add(Violation.of(field, "notNumber"));
            return absent;
        }
    }

    private static UnknownRecordException notFound(String code) {
        return new UnknownRecordException(new Violation("code", "vn.thidua.organisation.i18n.messages",
                "person.notFound", Codes.isValid(code) ? code : "?"));
    }
}
