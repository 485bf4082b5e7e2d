package vn.thidua.commendation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.BallotInput;
import vn.thidua.commendation.BallotResult;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.NominationAction;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Code;
import vn.thidua.platform.validation.Required;

/**
 * {@code /api/v1/nominations}: a unit's nomination batches of a year with their nominees ({@code GET ?unitCode=…&year=…},
 * shared/API.md), and (an addition to the contract) the workflow of one batch from the proposal to the signed
 * decision, for systems that submit proposals and for the integration tests: create, nominees, dossier files, the
 * actions of the workflow, appraisal, the council's session and ballots, the signature. The service decides who may
 * do what on the batch's unit, exactly as on the screens.
 */
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

    /** One nominee as the workflow sees it: the verdict now, the appraisal, the ballot, the record once decided. */
    public record NomineeDetails(long id, RecipientType recipientType, String recipientCode, String name,
                                 String awardCode, boolean withdrawn, Boolean eligible, String appraisal,
                                 Boolean ballotPassed, java.math.BigDecimal ballotPercent, Long commendationId,
                                 List<Nominations.Part> missingParts) {
    }

    public record DecisionDetails(String number, java.time.LocalDate date, String signer, String authority,
                                  String signedBy, vn.thidua.commendation.SignerPosition position, String place) {
    }

    public record BatchDetails(long id, String title, String unitCode, int year, CommendationType type,
                               String movementCode, AwardLevel level, NominationState state, long version,
                               java.time.LocalDate dueOn, List<NominationAction> actions,
                               List<Nominations.Part> missingParts, List<NomineeDetails> nominees,
                               DecisionDetails decision) {
    }

    @Inject private NominationService nominations;
    @Inject private vn.thidua.commendation.Dossiers dossiers;
    @Inject private vn.thidua.commendation.Council council;

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

    /** The body of {@code POST /nominations}: a batch of the unit for a year (regular at the unit's level unless said). */
    public record BatchBody(String title, String unitCode, Integer year, CommendationType type, String movementCode,
                            AwardLevel level) implements RequestBody {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public Response create(BatchBody body) {
        long id = nominations.create(new Nominations.BatchInput(body.title(), body.unitCode(), body.year(),
                body.type() == null ? CommendationType.THUONG_XUYEN : body.type(), body.movementCode(),
                body.level() == null ? AwardLevel.UNIT : body.level()));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY,
        Roles.COUNCIL_MEMBER, Roles.SIGNER, Roles.AUDITOR, Roles.INTEGRATION})
    public BatchDetails find(@PathParam("id") String id) {
        Nominations.BatchDetails view = nominations.find(id(id));
        Nominations.BatchSummary b = view.batch();
        Nominations.DecisionDetails d = view.decision();
        return new BatchDetails(b.id(), b.title(), b.unitCode(), b.year(), b.type(), b.movementCode(), b.level(),
                b.state(), b.version(), b.dueOn(), view.actions(), view.missingParts(),
                view.nominees().stream().map(n -> new NomineeDetails(n.id(), n.recipientType(), n.code(), n.name(),
                        n.awardCode(), n.withdrawn(), n.current() == null ? null : n.current().eligible(), n.appraisal(),
                        n.ballot() == null ? null : n.ballot().result().passed(),
                        n.ballot() == null ? null : n.ballot().result().percentOfMembers(), n.commendationId(),
                        n.missingParts())).toList(),
                d == null ? null : new DecisionDetails(d.number(), d.date(), d.signer(), d.authority(), d.signedBy(),
                        d.position(), d.place()));
    }

    /** A person, collective or household proposed for an award. */
    public record NomineeBody(@Required RecipientType recipientType, @Required @Code String recipientCode,
                              @Required @Code String awardCode) implements RequestBody {
    }

    @POST
    @Path("{id}/nominees")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public Response addNominee(@PathParam("id") String id, NomineeBody body) {
        long nomineeId = nominations.addNominee(id(id), body.recipientType(), body.recipientCode(), body.awardCode());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", nomineeId)).build();
    }

    @POST
    @Path("{id}/nominees/{nominee}/withdrawal")
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public Response withdraw(@PathParam("id") String id, @PathParam("nominee") String nominee) {
        long nomineeId = nomineeOf(id, nominee);
        nominations.withdrawNominee(nomineeId);
        return Response.ok(Map.of("id", nomineeId, "withdrawn", true)).build();
    }

    /** The office's appraisal of a nominee: passed or not, with its reason. */
    public record AppraisalBody(boolean pass, String reason) implements RequestBody {
    }

    @POST
    @Path("{id}/nominees/{nominee}/appraisal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST})
    public Response appraise(@PathParam("id") String id, @PathParam("nominee") String nominee, AppraisalBody body) {
        long nomineeId = nomineeOf(id, nominee);
        nominations.appraise(nomineeId, body.pass(), body.reason());
        return Response.ok(Map.of("id", nomineeId, "pass", body.pass())).build();
    }

    /** The count of a secret ballot on a nominee; the service checks the counts against each other. */
    public record BallotBody(Integer members, Integer present, Integer writtenVotes, Integer ballotsIssued,
                             Integer ballotsValid, Integer agree, String recusals, Integer recused)
            implements RequestBody {
    }

    @POST
    @Path("{id}/nominees/{nominee}/ballot")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COUNCIL_SECRETARY})
    public BallotResult ballot(@PathParam("id") String id, @PathParam("nominee") String nominee, BallotBody body) {
        long nomineeId = nomineeOf(id, nominee);
        return council.recordBallot(nomineeId, new BallotInput(body.members(), body.present(), body.writtenVotes(),
                body.ballotsIssued(), body.ballotsValid(), body.agree(), body.recusals(),
                java.util.Objects.requireNonNullElse(body.recused(), 0)));
    }

    /** A member of the council at the session: present unless said, with a conflict of interest if any. */
    public record MemberBody(String name, Nominations.Attendance attendance, String conflict) {
    }

    /** The council's session on the batch. */
    public record SessionBody(@Required java.time.LocalDate heldOn, String place, String chair,
                              List<@Valid MemberBody> members) implements RequestBody {
    }

    @PUT
    @Path("{id}/session")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COUNCIL_SECRETARY})
    public Response session(@PathParam("id") String id, SessionBody body) {
        long batchId = id(id);
        List<Nominations.MemberInput> members = body.members().stream().map(m -> new Nominations.MemberInput(m.name(),
                m.attendance() == null ? Nominations.Attendance.PRESENT : m.attendance(), m.conflict())).toList();
        council.recordSession(batchId, new Nominations.SessionInput(body.heldOn(), body.place(), body.chair(), members));
        return Response.ok(Map.of("id", batchId, "members", members.size())).build();
    }

    /** A dossier file: the body is the file itself; its type is read from its content, not from its name. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY})
    public Response upload(@PathParam("id") String id, @QueryParam("part") String part, @QueryParam("name") String name,
                           @QueryParam("nomineeId") String nomineeId, InputStream body) {
        long batchId = id(id);
        Checks checks = new Checks();
        Nominations.Part kind = checks.oneOf("part", part, Nominations.Part.class, true);
        checks.throwIfAny();
        long fileId = dossiers.upload(batchId, nomineeId == null || nomineeId.isBlank() ? null : id(nomineeId), kind,
                name, body);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", fileId)).build();
    }

    /** One action of the workflow ({@link NominationAction} but SIGN) on the version the caller read. */
    public record NominationActionBody(@Required NominationAction action, @Required Integer expectedVersion, String comment)
            implements RequestBody {
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY, Roles.SIGNER})
    public Response act(@PathParam("id") String id, NominationActionBody body) {
        long batchId = id(id);
        if (body.action() == NominationAction.SIGN) {
            throw new InvalidInputException(Violation.of("action", "oneOf", java.util.Arrays.stream(
                    NominationAction.values()).filter(a -> a != NominationAction.SIGN).map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        NominationState state = nominations.act(batchId, body.expectedVersion(), body.action(), body.comment());
        return Response.ok(Map.of("id", batchId, "state", state.name())).build();
    }

    /** The signature of the decision on the version the caller read; the signer's line follows the position. */
    public record DecisionBody(@Required Integer expectedVersion, @Required java.time.LocalDate date, String number,
                               String signer, String authority, vn.thidua.commendation.SignerPosition position,
                               String place) implements RequestBody {
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SIGNER})
    public Response sign(@PathParam("id") String id, DecisionBody body) {
        long batchId = id(id);
        nominations.sign(batchId, body.expectedVersion(), new Nominations.SignInput(body.number(), body.date(),
                body.signer(), body.authority(), body.position(), body.place()));
        return Response.ok(Map.of("id", batchId, "state", nominations.find(batchId).batch().state().name())).build();
    }

    /** The nominee of the path, which must be one of the batch's (read as the caller may read it). */
    private long nomineeOf(String batch, String nominee) {
        long nomineeId = id(nominee);
        if (nominations.batchOfNominee(nomineeId) != id(batch)) {
            throw new vn.thidua.platform.UnknownRecordException(new Violation("nominee",
                    "vn.thidua.commendation.i18n.messages", "nomination.nomineeNotFound", nomineeId));
        }
        return nomineeId;
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Violation.of("id", "notNumber"));
        }
    }
}
