package vn.thidua.reporting.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.commendation.CommendationStatistics;
import vn.thidua.commendation.RecipientType;
import vn.thidua.organisation.PersonService;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Roles;
import vn.thidua.platform.Violation;
import vn.thidua.platform.ProvinceClock;

/**
 * {@code GET /api/v1/exports/national?since=yyyy-MM-dd}: every commendation decided since the date, active, superseded
 * and revoked alike (marked), in the documented exchange format (config/national-export.md) that keeps emulation
 * titles and forms of commendation apart (RULES.md §9). Streamed as it is read, a thousand records at a time.
 */
@Path("exports/national")
@RequestScoped
public class NationalExportResource {

    static final String FORMAT = "thidua-national-export/1";
    private static final int BATCH = 1000;

    @Inject private CommendationStatistics statistics;
    @Inject private PersonService people;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION})
    public Response export(@QueryParam("since") String since) {
        Checks checks = new Checks();
        LocalDate from = checks.isoDate("since", since, true);
        checks.throwIfAny();
        if (from.isAfter(ProvinceClock.today())) {
            throw new vn.thidua.platform.InvalidInputException(new Violation("since", "vn.thidua.reporting.i18n.messages",
                    "export.future"));
        }
        StreamingOutput body = out -> {
            try (JsonGenerator json = Json.createGenerator(out)) {
                json.writeStartObject().write("format", FORMAT)
                        .write("generatedAt", OffsetDateTime.now(ZoneOffset.UTC).toString())
                        .write("since", from.toString()).writeStartArray("records");
                for (Boolean revoked : new Boolean[] {Boolean.FALSE, Boolean.TRUE}) {
                    List<CommendationStatistics.Line> batch = new ArrayList<>();
                    CommendationStatistics.Filter filter = new CommendationStatistics.Filter(from, null, null, null,
                            Set.of(), null, null, null, null, null, revoked, null);
                    statistics.forEach(filter, line -> {
                        batch.add(line);
                        if (batch.size() == BATCH) {
                            write(json, batch);
                            batch.clear();
                        }
                    });
                    write(json, batch);
                }
                json.writeEnd().writeEnd();
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"khen-thuong-tu-" + from + ".json\"").build();
    }

    private void write(JsonGenerator json, List<CommendationStatistics.Line> lines) {
        Map<String, String> citizenIds = people.citizenIdsOf(lines.stream()
                .filter(l -> l.recipientType() == RecipientType.PERSON).map(CommendationStatistics.Line::recipientCode)
                .toList());
        for (CommendationStatistics.Line l : lines) {
            json.writeStartObject().write("id", l.id())
                    .write("category", l.awardKind() == null ? "" : l.awardKind().name().equals("TITLE") ? "DANH_HIEU" : "HINH_THUC")
                    .write("awardKind", l.awardKind() == null ? "" : l.awardKind().name())
                    .write("awardCode", l.awardCode()).write("awardName", l.awardName())
                    .write("level", l.level() == null ? "" : l.level().name());
            json.writeStartObject("recipient").write("type", l.recipientType().name()).write("code", l.recipientCode())
                    .write("name", l.recipientName());
            String citizenId = citizenIds.get(l.recipientCode());
            if (l.recipientType() == RecipientType.PERSON && citizenId != null) {
                json.write("citizenId", citizenId);
            } else {
                json.writeNull("citizenId");
            }
            json.writeEnd();
            json.write("achievementYear", l.year()).write("commendationType", l.type().name());
            if (l.movementCode() == null) {
                json.writeNull("movementCode");
            } else {
                json.write("movementCode", l.movementCode());
            }
            json.write("unitCode", l.unitCode());
            json.writeStartObject("decision").write("number", l.decisionNumber()).write("date", l.decisionDate().toString());
            nullable(json, "signer", l.signer());
            nullable(json, "authority", l.authority());
            json.writeEnd();
            if (l.revoked()) {
                json.writeStartObject("revocation").write("decisionNumber", l.revocationDecision())
                        .write("decisionDate", l.revokedOn().toString()).writeEnd();
            } else {
                json.writeNull("revocation");
            }
            if (l.supersededBy() == null) {
                json.writeNull("supersededBy");
            } else {
                json.write("supersededBy", l.supersededBy());
            }
            json.writeEnd();
        }
    }

    private static void nullable(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
