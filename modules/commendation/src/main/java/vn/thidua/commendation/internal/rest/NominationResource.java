package vn.thidua.commendation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import vn.thidua.platform.rest.JsonBodies;

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public Response create(InputStream body) {
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        String title = JsonBodies.string(json, "title", checks);
        String unitCode = JsonBodies.string(json, "unitCode", checks);
        Integer year = JsonBodies.integer(json, "year", checks);
        String typeText = JsonBodies.string(json, "type", checks);
        CommendationType type = typeText == null ? CommendationType.THUONG_XUYEN
                : checks.oneOf("type", typeText, CommendationType.class, true);
        String movementCode = JsonBodies.string(json, "movementCode", checks);
        String levelText = JsonBodies.string(json, "level", checks);
        AwardLevel level = levelText == null ? AwardLevel.UNIT : checks.oneOf("level", levelText, AwardLevel.class, true);
        checks.throwIfAny();
        long id = nominations.create(new Nominations.BatchInput(title, unitCode, year, type, movementCode, level));
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

    @POST
    @Path("{id}/nominees")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER})
    public Response addNominee(@PathParam("id") String id, InputStream body) {
        long batchId = id(id);
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        RecipientType type = checks.oneOf("recipientType", JsonBodies.string(json, "recipientType", checks),
                RecipientType.class, true);
        String recipientCode = checks.code("recipientCode", JsonBodies.string(json, "recipientCode", checks), true);
        String awardCode = checks.code("awardCode", JsonBodies.string(json, "awardCode", checks), true);
        checks.throwIfAny();
        long nomineeId = nominations.addNominee(batchId, type, recipientCode, awardCode);
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

    @POST
    @Path("{id}/nominees/{nominee}/appraisal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST})
    public Response appraise(@PathParam("id") String id, @PathParam("nominee") String nominee, InputStream body) {
        long nomineeId = nomineeOf(id, nominee);
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        boolean pass = JsonBodies.bool(json, "pass", false, checks);
        String reason = JsonBodies.string(json, "reason", checks);
        checks.throwIfAny();
        nominations.appraise(nomineeId, pass, reason);
        return Response.ok(Map.of("id", nomineeId, "pass", pass)).build();
    }

    @POST
    @Path("{id}/nominees/{nominee}/ballot")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COUNCIL_SECRETARY})
    public BallotResult ballot(@PathParam("id") String id, @PathParam("nominee") String nominee, InputStream body) {
        long nomineeId = nomineeOf(id, nominee);
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        BallotInput ballot = new BallotInput(JsonBodies.integer(json, "members", checks),
                JsonBodies.integer(json, "present", checks), JsonBodies.integer(json, "writtenVotes", checks),
                JsonBodies.integer(json, "ballotsIssued", checks), JsonBodies.integer(json, "ballotsValid", checks),
                JsonBodies.integer(json, "agree", checks), JsonBodies.string(json, "recusals", checks),
                java.util.Objects.requireNonNullElse(JsonBodies.integer(json, "recused", checks), 0));
        checks.throwIfAny();
        return council.recordBallot(nomineeId, ballot);
    }

    @PUT
    @Path("{id}/session")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COUNCIL_SECRETARY})
    public Response session(@PathParam("id") String id, InputStream body) {
        long batchId = id(id);
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        java.time.LocalDate heldOn = checks.isoDate("heldOn", JsonBodies.string(json, "heldOn", checks), true);
        String place = JsonBodies.string(json, "place", checks);
        String chair = JsonBodies.string(json, "chair", checks);
        List<Nominations.MemberInput> members = new java.util.ArrayList<>();
        List<JsonObject> listed = JsonBodies.objects(json, "members", checks);
        for (int i = 0; listed != null && i < listed.size(); i++) {
            JsonObject member = listed.get(i);
            String attendance = JsonBodies.string(member, "attendance", checks);
            members.add(new Nominations.MemberInput(JsonBodies.string(member, "name", checks),
                    attendance == null ? Nominations.Attendance.PRESENT
                            : checks.oneOf("members[" + i + "].attendance", attendance, Nominations.Attendance.class, true),
                    JsonBodies.string(member, "conflict", checks)));
        }
        checks.throwIfAny();
        council.recordSession(batchId, new Nominations.SessionInput(heldOn, place, chair, members));
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
    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.COUNCIL_SECRETARY, Roles.SIGNER})
    public Response act(@PathParam("id") String id, InputStream body) {
        long batchId = id(id);
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        NominationAction action = checks.oneOf("action", JsonBodies.string(json, "action", checks), NominationAction.class, true);
        Integer version = JsonBodies.integer(json, "expectedVersion", checks);
        checks.require(version != null || checks.has("expectedVersion"), Violation.of("expectedVersion", "required"));
        checks.require(action != NominationAction.SIGN, Violation.of("action", "oneOf", java.util.Arrays.stream(
                NominationAction.values()).filter(a -> a != NominationAction.SIGN).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "))));
        String comment = JsonBodies.string(json, "comment", checks);
        checks.throwIfAny();
        NominationState state = nominations.act(batchId, version, action, comment);
        return Response.ok(Map.of("id", batchId, "state", state.name())).build();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SIGNER})
    public Response sign(@PathParam("id") String id, InputStream body) {
        long batchId = id(id);
        JsonObject json = JsonBodies.read(body);
        Checks checks = new Checks();
        Integer version = JsonBodies.integer(json, "expectedVersion", checks);
        checks.require(version != null || checks.has("expectedVersion"), Violation.of("expectedVersion", "required"));
        java.time.LocalDate date = checks.isoDate("date", JsonBodies.string(json, "date", checks), true);
        String number = JsonBodies.string(json, "number", checks);
        String signer = JsonBodies.string(json, "signer", checks);
        String authority = JsonBodies.string(json, "authority", checks);
        vn.thidua.commendation.SignerPosition position = checks.oneOf("position", JsonBodies.string(json, "position",
                checks), vn.thidua.commendation.SignerPosition.class, false);
        String place = JsonBodies.string(json, "place", checks);
        checks.throwIfAny();
        nominations.sign(batchId, version, new Nominations.SignInput(number, date, signer, authority, position, place));
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
