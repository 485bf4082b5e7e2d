package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.Roles;

/**
 * The nomination workflow end to end through the API, inside the README's test command: a school's proposal from
 * the batch to the signed decision, each step by the role that owns it and refused to the others, the dossier's
 * required parts, a nominee who fails the rules kept out, the council's ballots — one nominee passes, one does not —
 * and the decision that commends only the one who passed.
 */
class NominationApiIT extends ApiJourney {

    private static final String PASSWORD = "Quy-trinh-de-nghi-1";
    private static final String PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]"
            + "/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";


    @BeforeEach
    void setUp() {
    }

    private HttpResponse<String> as(String user, String method, String path, String json) throws Exception {
        return client.send(method, path, user, user.equals(Deployments.ADMIN) ? Deployments.adminPassword() : PASSWORD, json);
    }

    private JsonObject ok(HttpResponse<String> response) {
        succeeded(response);
        return WebClient.json(response);
    }

    private static void succeeded(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }

    private void refused(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains(detail);
    }

    private String account(String name, String role, String unit) throws Exception {
        String username = name + run.toLowerCase();
        succeeded(as(Deployments.ADMIN, "PUT", "api/v1/accounts/" + username, "{\"displayName\":\"" + name + "\",\"password\":\""
                + PASSWORD + "\",\"grants\":[{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\"}]}"));
        return username;
    }

    private void person(String code, String name, String unit, String rating) throws Exception {
        ok(as(Deployments.ADMIN, "PUT", "api/v1/people/" + code, "{\"fullName\":\"" + name + "\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"2015-09-01\",\"gender\":\"FEMALE\",\"positionCategory\":\"DIRECT_WORKER\"}"));
        if (rating != null) {
            succeeded(as(Deployments.ADMIN, "PUT", "api/v1/people/" + code + "/ratings/2025", "{\"rating\":\"" + rating + "\"}"));
        }
    }

    private JsonObject batch(String user, long id) throws Exception {
        return ok(as(user, "GET", "api/v1/nominations/" + id, null));
    }

    private HttpResponse<String> act(String user, long id, String action, long version) throws Exception {
        return as(user, "POST", "api/v1/nominations/" + id + "/actions", "{\"action\":\"" + action
                + "\",\"expectedVersion\":" + version + "}");
    }

    private String moved(String user, long id, String action) throws Exception {
        return ok(act(user, id, action, batch(user, id).getJsonNumber("version").longValue())).getString("state");
    }

    private HttpResponse<String> upload(String user, long id, String part, String name, String content) throws Exception {
        return client.sendBytes("api/v1/nominations/" + id + "/files?part=" + part + "&name=" + name, user, PASSWORD,
                content.getBytes(StandardCharsets.UTF_8), "application/octet-stream");
    }

    private JsonObject nominee(JsonObject batch, long id) {
        return batch.getJsonArray("nominees").stream().map(JsonObject.class::cast)
                .filter(n -> n.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    @Test
    void aBatchGoesFromProposalToDecisionAndOnlyTheNomineesTheCouncilPassedAreCommended() throws Exception {
        String unit = "QT_" + run;
        ok(as(Deployments.ADMIN, "PUT", "api/v1/units/" + unit, "{\"name\":\"Trường Tiểu học Quyết Thắng " + run
                + "\",\"kind\":\"SCHOOL\",\"parentCode\":\"SON_LA\"}"));
        ok(as(Deployments.ADMIN, "PUT", "api/v1/units/X" + unit, "{\"name\":\"Xã Chiềng Ngần\",\"kind\":\"COMMUNE\","
                + "\"parentCode\":\"SON_LA\"}"));
        String passes = "A_" + run;
        String fails = "B_" + run;
        String unrated = "C_" + run;
        person(passes, "Lò Thị Dung", unit, "HTTNV");
        person(fails, "Cầm Thị Hương", unit, "HTXSNV");
        person(unrated, "Tòng Thị Phóng", unit, null);
        String officer = account("cbqt", Roles.UNIT_OFFICER, unit);
        String specialist = account("cvqt", Roles.SPECIALIST, unit);
        String secretary = account("tkqt", Roles.COUNCIL_SECRETARY, unit);
        String leader = account("htqt", Roles.SIGNER, unit);
        String outsider = account("cbxa", Roles.UNIT_OFFICER, "X" + unit);

        long id = ok(as(officer, "POST", "api/v1/nominations", "{\"title\":\"Lao động tiên tiến năm 2025\",\"unitCode\":\""
                + unit + "\",\"year\":2025}")).getJsonNumber("id").longValue();
        refused(as(outsider, "GET", "api/v1/nominations/" + id, null), 403, "");
        refused(as(outsider, "POST", "api/v1/nominations/" + id + "/nominees", "{\"recipientType\":\"PERSON\","
                + "\"recipientCode\":\"" + passes + "\",\"awardCode\":\"LDTT\"}"), 403, "");
        long[] nominees = new long[3];
        String[] people = {passes, fails, unrated};
        for (int i = 0; i < people.length; i++) {
            nominees[i] = ok(as(officer, "POST", "api/v1/nominations/" + id + "/nominees", "{\"recipientType\":\"PERSON\","
                    + "\"recipientCode\":\"" + people[i] + "\",\"awardCode\":\"LDTT\"}")).getJsonNumber("id").longValue();
        }
        long other = ok(as(officer, "POST", "api/v1/nominations", "{\"title\":\"Đợt khác\",\"unitCode\":\"" + unit
                + "\",\"year\":2025}")).getJsonNumber("id").longValue();
        refused(as(officer, "POST", "api/v1/nominations/" + other + "/nominees/" + nominees[0] + "/withdrawal", null), 404,
                "Không tìm thấy người được đề nghị");
        JsonObject draft = batch(officer, id);
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(nominee(draft, nominees[0]).getBoolean("eligible")).isTrue();
        assertThat(nominee(draft, nominees[2]).getBoolean("eligible")).as("no rating for 2025").isFalse();

        // The dossier: a file is what its content says, whatever its name; a part missing stops the submission.
        refused(upload(officer, id, "TO_TRINH", "to-trinh.pdf", "Tờ trình, không phải PDF"), 400, "không phải PDF");
        ok(upload(officer, id, "TO_TRINH", "to-trinh.pdf", PDF));
        refused(act(officer, id, "SUBMIT", batch(officer, id).getJsonNumber("version").longValue()), 400,
                "Báo cáo thành tích");
        ok(upload(officer, id, "BAO_CAO_THANH_TICH", "bao-cao.pdf", PDF));
        refused(act(officer, id, "SUBMIT", batch(officer, id).getJsonNumber("version").longValue()), 400,
                "Tòng Thị Phóng");
        ok(as(officer, "POST", "api/v1/nominations/" + id + "/nominees/" + nominees[2] + "/withdrawal", null));
        assertThat(moved(officer, id, "SUBMIT")).isEqualTo("SUBMITTED");

        // The office's steps, refused to the unit; a version read before another's change is refused too.
        long submittedVersion = batch(specialist, id).getJsonNumber("version").longValue();
        refused(act(officer, id, "RECEIVE", submittedVersion), 403, "");
        assertThat(ok(act(specialist, id, "RECEIVE", submittedVersion)).getString("state")).isEqualTo("RECEIVED");
        refused(act(specialist, id, "RETURN", submittedVersion), 412, "");
        for (int i = 0; i < 2; i++) {
            ok(as(specialist, "POST", "api/v1/nominations/" + id + "/nominees/" + nominees[i] + "/appraisal",
                    "{\"pass\":true,\"reason\":\"Đủ tiêu chuẩn, hồ sơ đầy đủ.\"}"));
        }
        assertThat(moved(specialist, id, "APPRAISE")).isEqualTo("APPRAISED");
        assertThat(moved(specialist, id, "TO_COUNCIL")).isEqualTo("COUNCIL");

        // The council: its session, then a ballot per nominee. A unit's council passes a title with half of all its
        // members ("từ 50% trở lên"): 5 of 10 is exactly the threshold and passes, 4 of 10 does not.
        refused(as(officer, "POST", "api/v1/nominations/" + id + "/nominees/" + nominees[0] + "/ballot",
                ballot(5)), 403, "");
        ok(as(secretary, "PUT", "api/v1/nominations/" + id + "/session", "{\"heldOn\":\"" + vn.thidua.platform.ProvinceClock.today().minusDays(1)
                + "\",\"place\":\"Phòng họp nhà trường\",\"chair\":\"Lò Văn Hùng\",\"members\":["
                + "{\"name\":\"Lò Văn Hùng\",\"attendance\":\"PRESENT\"},{\"name\":\"Quàng Thị Én\",\"attendance\":\"PRESENT\"},"
                + "{\"name\":\"Cà Văn Pọm\",\"attendance\":\"WRITTEN_VOTE\"}]}"));
        JsonObject passed = ok(as(secretary, "POST", "api/v1/nominations/" + id + "/nominees/" + nominees[0] + "/ballot",
                ballot(5)));
        assertThat(passed.getBoolean("passed")).as(passed.toString()).isTrue();
        JsonObject failed = ok(as(secretary, "POST", "api/v1/nominations/" + id + "/nominees/" + nominees[1] + "/ballot",
                ballot(4)));
        assertThat(failed.getBoolean("passed")).as(failed.toString()).isFalse();
        assertThat(passed.getString("explanation")).contains("đồng ý 5 = 50% tổng số thành viên, đạt ngưỡng 50% → ĐẠT");
        assertThat(failed.getString("explanation")).contains("đồng ý 4 = 40% tổng số thành viên");
        assertThat(moved(secretary, id, "CLOSE_COUNCIL")).isEqualTo("AWAITING_SIGNATURE");

        // The signature: the signer's alone; it commends the nominee the council passed, and no one else.
        String sign = "{\"number\":\"31/QĐ-TH-" + run + "\",\"date\":\"" + vn.thidua.platform.ProvinceClock.today() + "\",\"signer\":\"Lò Văn Hùng\","
                + "\"authority\":\"Trường Tiểu học Quyết Thắng\",\"expectedVersion\":"
                + batch(leader, id).getJsonNumber("version").longValue() + "}";
        refused(as(secretary, "POST", "api/v1/nominations/" + id + "/decision", sign), 403, "");
        // A school's head signs its decisions: a chairman's signing line belongs to a people's committee.
        refused(as(leader, "POST", "api/v1/nominations/" + id + "/decision", sign.replace("\"signer\"",
                "\"position\":\"CHAIR\",\"signer\"")), 400, "cơ quan ban hành phải là Ủy ban nhân dân");
        assertThat(ok(as(leader, "POST", "api/v1/nominations/" + id + "/decision", sign)).getString("state"))
                .isEqualTo("DECIDED");
        JsonObject decided = batch(leader, id);
        assertThat(decided.getJsonObject("decision").getString("number")).isEqualTo("31/QĐ-TH-" + run);
        assertThat(decided.getJsonObject("decision").getString("position")).as("the authority's usual signer")
                .isEqualTo("HEAD");
        assertThat(commendationOf(nominee(decided, nominees[0]))).isNotNull();
        assertThat(commendationOf(nominee(decided, nominees[1]))).as("failed the ballot").isNull();
        assertThat(commendationOf(nominee(decided, nominees[2]))).as("withdrawn").isNull();
        JsonArray commended = jakarta.json.Json.createReader(new java.io.StringReader(as(Deployments.ADMIN, "GET",
                "api/v1/people/" + passes + "/commendations", null).body())).readArray();
        assertThat(commended).hasSize(1);
        assertThat(commended.getJsonObject(0).getString("decisionNumber")).isEqualTo("31/QĐ-TH-" + run);
        assertThat(commended.getJsonObject(0).getString("awardCode")).isEqualTo("LDTT");
        assertThat(as(Deployments.ADMIN, "GET", "api/v1/people/" + fails + "/commendations", null).body()).isEqualTo("[]");
        assertThat(as(Deployments.ADMIN, "GET", "api/v1/people/" + unrated + "/commendations", null).body()).isEqualTo("[]");
        // Decided is final: nothing moves it any more (a correction is a new record, RULES.md §6).
        assertThat(act(specialist, id, "RETURN", decided.getJsonNumber("version").longValue()).statusCode()).isIn(403, 409);
    }

    /** The record a decided nominee became; null (or absent: JSON-B leaves nulls out) when none. */
    private static Long commendationOf(JsonObject nominee) {
        JsonValue id = nominee.get("commendationId");
        return id == null || id == JsonValue.NULL ? null : nominee.getJsonNumber("commendationId").longValue();
    }

    private static String ballot(int agree) {
        return "{\"members\":10,\"present\":9,\"writtenVotes\":1,\"ballotsIssued\":10,\"ballotsValid\":10,\"agree\":"
                + agree + "}";
    }
}
