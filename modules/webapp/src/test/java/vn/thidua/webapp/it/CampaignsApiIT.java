package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulation half on the real WAR: a movement launched, a unit's registration submitted and received, a cluster
 * scored by its members, confirmed by its head (the deputy for the head's own sheet), ranked and published; the
 * publication drafts the provincial nominations in the same transaction and the CO_TD_TINH rule reads the ranking.
 */
class CampaignsApiIT extends ApiJourney {

    private static final String PASSWORD = "Can-bo-cum-1";
    private static final int YEAR = 2025;

    private String a;
    private String b;
    private String c;

    @BeforeEach
    void setUp() throws Exception {
        a = "SO_A_" + run;
        b = "SO_B_" + run;
        c = "SO_C_" + run;
        unit(a, "Sở Giáo dục và Đào tạo");
        unit(b, "Sở Y tế");
        unit(c, "Sở Nội vụ");
        assertThat(admin("PUT", "api/v1/units/" + a + "/ratings/" + YEAR, "{\"rating\":\"HTXSNV\"}").statusCode()).isIn(200, 201);
        assertThat(admin("PUT", "api/v1/units/" + b + "/ratings/" + YEAR, "{\"rating\":\"HTXSNV\"}").statusCode()).isIn(200, 201);
        officer("ca_" + run, a);
        officer("cb_" + run, b);
    }

    private void unit(String code, String name) throws Exception {
        assertThat(admin("PUT", "api/v1/units/" + code, "{\"name\":\"" + name + "\",\"kind\":\"AGENCY\",\"parentCode\":\"SON_LA\"}")
                .statusCode()).isEqualTo(201);
    }

    private void officer(String username, String unitCode) throws Exception {
        assertThat(admin("PUT", "api/v1/accounts/" + username, "{\"displayName\":\"Cán bộ thi đua\",\"password\":\"" + PASSWORD
                + "\",\"grants\":[{\"role\":\"thidua-unit-officer\",\"unitCode\":\"" + unitCode + "\"}]}").statusCode())
                .isIn(200, 201);
    }

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return client.send(method, path, Deployments.ADMIN, Deployments.adminPassword(), json);
    }

    private HttpResponse<String> as(String user, String method, String path, String json) throws Exception {
        return client.send(method, path, user, PASSWORD, json);
    }

    private void createCluster(String code, String head, String deputy, int certificates) throws Exception {
        HttpResponse<String> created = admin("PUT", "api/v1/clusters/" + YEAR + "/" + code, "{\"name\":\"Cụm thi đua các sở "
                + run + "\",\"kind\":\"SECTOR\",\"headUnitCode\":\"" + head + "\",\"deputyUnitCode\":\"" + deputy
                + "\",\"unitCodes\":[\"" + a + "\",\"" + b + "\",\"" + c + "\"],\"certificateCount\":" + certificates
                + ",\"criteria\":[{\"name\":\"Thực hiện nhiệm vụ chính trị\",\"maxPoints\":60},"
                + "{\"name\":\"Công tác thi đua, khen thưởng\",\"maxPoints\":40,\"weight\":1},"
                + "{\"name\":\"Sáng kiến được nhân rộng\",\"kind\":\"BONUS\",\"maxPoints\":5},"
                + "{\"name\":\"Vi phạm kỷ luật\",\"kind\":\"PENALTY\",\"maxPoints\":10}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static String scores(String first, String second, String bonus, String penalty, boolean submit) {
        return "{\"submit\":" + submit + ",\"scores\":[{\"position\":1,\"points\":" + first + ",\"evidence\":\"Báo cáo tổng kết năm\"},"
                + "{\"position\":2,\"points\":" + second + "},{\"position\":3,\"points\":" + bonus + "},"
                + "{\"position\":4,\"points\":" + penalty + "}]}";
    }

    private JsonObject read(String path, String ignored) throws Exception {
        HttpResponse<String> response = admin("GET", path, null);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return WebClient.json(response);
    }

    private long registrationVersion(long id) throws Exception {
        return read("api/v1/registrations/" + id, null).getJsonNumber("version").longValue();
    }

    /** The province office's batch drafted from the ranking of this run's cluster (its name carries the run). */
    private JsonObject ofCluster(String run) throws Exception {
        HttpResponse<String> response = admin("GET", "api/v1/nominations?unitCode=SON_LA&year=" + YEAR, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonObject> batches = Json.createReader(new StringReader(response.body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(b -> b.getString("title").contains(run)).toList();
        assertThat(batches).hasSize(1);
        return batches.get(0);
    }

    @Test
    void scoresRanksAndDraftsTheFlagNominationForTheLeader() throws Exception {
        String cluster = "CUM_" + run;
        createCluster(cluster, a, b, 2);
        String sheets = "api/v1/clusters/" + YEAR + "/" + cluster + "/scores/";

        // Registration of the collective target of the leader-to-be, submitted and received by the province.
        HttpResponse<String> registered = as("ca_" + run, "POST", "api/v1/registrations", "{\"unitCode\":\"" + a
                + "\",\"year\":" + YEAR + ",\"collectiveAward\":\"CO_TD_TINH\",\"collectiveTarget\":\"Dẫn đầu cụm\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        long registration = WebClient.json(registered).getJsonNumber("id").longValue();
        assertThat(as("ca_" + run, "POST", "api/v1/registrations/" + registration + "/submit", "{\"version\":"
                + registrationVersion(registration) + "}").statusCode()).isEqualTo(200);
        assertThat(as("ca_" + run, "POST", "api/v1/registrations/" + registration + "/receive", "{\"version\":"
                + registrationVersion(registration) + "}").statusCode()).as("a unit does not receive its own registration")
                .isEqualTo(403);
        assertThat(admin("POST", "api/v1/registrations/" + registration + "/receive", "{\"version\":"
                + registrationVersion(registration) + "}").statusCode()).isEqualTo(200);
        assertThat(read("api/v1/registrations/" + registration, null).getString("state"))
                .isEqualTo("RECEIVED");

        // Each unit scores itself; not another unit; points beyond the maximum are refused next to the criterion.
        assertThat(as("cb_" + run, "PUT", sheets + a, scores("60", "40", "5", "0", true)).statusCode()).isEqualTo(403);
        HttpResponse<String> tooMany = admin("PUT", sheets + c, scores("70", "30", "0", "0", true));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("points-1").contains("từ 0 đến 60");
        assertThat(as("ca_" + run, "PUT", sheets + a, scores("58", "38", "5", "0", true)).statusCode()).isEqualTo(200);
        assertThat(as("cb_" + run, "PUT", sheets + b, scores("50", "35", "0", "0", true)).statusCode()).isEqualTo(200);
        assertThat(admin("PUT", sheets + c, scores("40", "30", "0", "0", true)).statusCode()).isEqualTo(200);
        assertThat(as("cb_" + run, "PUT", sheets + b, scores("60", "40", "0", "0", true)).statusCode())
                .as("a submitted sheet no longer changes").isEqualTo(409);

        JsonObject view = read("api/v1/clusters/" + YEAR + "/" + cluster, null);
        HttpResponse<String> early = admin("POST", "api/v1/clusters/" + YEAR + "/" + cluster + "/ranking",
                "{\"version\":" + view.getJsonNumber("version").longValue() + "}");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("Chưa xác nhận");

        // The head confirms the others, adjusting with a reason; the deputy confirms the head's own sheet.
        HttpResponse<String> noReason = as("ca_" + run, "POST", sheets + b + "/confirmation",
                "{\"adjustments\":[{\"position\":2,\"points\":30}]}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason-2").contains("lý do");
        assertThat(as("ca_" + run, "POST", sheets + b + "/confirmation",
                "{\"adjustments\":[{\"position\":2,\"points\":30,\"reason\":\"Chưa có minh chứng phong trào thứ hai\"}]}")
                .statusCode()).isEqualTo(200);
        assertThat(as("ca_" + run, "POST", sheets + a + "/confirmation", "{\"adjustments\":[]}").statusCode())
                .as("the head does not confirm its own sheet").isEqualTo(403);
        assertThat(as("cb_" + run, "POST", sheets + a + "/confirmation", "{\"adjustments\":[]}").statusCode()).isEqualTo(200);
        assertThat(as("ca_" + run, "POST", sheets + c + "/confirmation", "{}").statusCode()).isEqualTo(200);

        view = read("api/v1/clusters/" + YEAR + "/" + cluster, null);
        assertThat(as("ca_" + run, "POST", "api/v1/clusters/" + YEAR + "/" + cluster + "/ranking", "{\"version\":"
                + view.getJsonNumber("version").longValue() + "}").statusCode()).as("the office publishes, not the head")
                .isEqualTo(403);
        HttpResponse<String> published = admin("POST", "api/v1/clusters/" + YEAR + "/" + cluster + "/ranking",
                "{\"version\":" + view.getJsonNumber("version").longValue() + "}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        JsonArray ranking = Json.createReader(new StringReader(published.body())).readArray();
        assertThat(ranking.getValuesAs(JsonObject.class)).extracting(r -> r.getString("unitCode") + ":"
                + r.getInt("position") + ":" + r.getJsonNumber("total").bigDecimalValue().stripTrailingZeros().toPlainString())
                .containsExactly(a + ":1:101", b + ":2:80", c + ":3:70");

        // The publication drafted the office's provincial batch: the leader for the flag, the next two for certificates.
        JsonObject batch = ofCluster(run);
        assertThat(batch.getString("state")).isEqualTo("DRAFT");
        assertThat(batch.getString("level")).isEqualTo("PROVINCE");
        assertThat(batch.getString("title")).contains("Cụm thi đua các sở");
        assertThat(batch.getJsonArray("nominees").getValuesAs(JsonObject.class))
                .extracting(n -> n.getString("recipientCode") + ":" + n.getString("awardCode") + ":" + n.getBoolean("unregistered"))
                .containsExactly(a + ":CO_TD_TINH:false", b + ":BANG_KHEN_TINH:false", c + ":BANG_KHEN_TINH:false");

        // The CO_TD_TINH rule reads the ranking: the leader, rated excellent, qualifies; the second does not.
        JsonObject leader = read("api/v1/eligibility?awardCode=CO_TD_TINH&recipientType=UNIT&recipientCode="
                + a + "&year=" + YEAR, null);
        assertThat(leader.getBoolean("eligible")).as(leader.toString()).isTrue();
        assertThat(leader.getJsonArray("checks").getJsonObject(0).getString("message")).contains("Xếp thứ 1/3");
        JsonObject second = read("api/v1/eligibility?awardCode=CO_TD_TINH&recipientType=UNIT&recipientCode="
                + b + "&year=" + YEAR, null);
        assertThat(second.getBoolean("eligible")).isFalse();

        // A published ranking is kept as published.
        assertThat(admin("POST", "api/v1/clusters/" + YEAR + "/" + cluster + "/ranking", "{\"version\":"
                + read("api/v1/clusters/" + YEAR + "/" + cluster, null).getJsonNumber("version")
                .longValue() + "}").statusCode()).isEqualTo(409);
    }

    @Test
    void unitsEqualOnEverythingShareTheLeadAndBothAreProposedUnregistered() throws Exception {
        String cluster = "CUMB_" + run;
        createCluster(cluster, c, a, 0);
        String sheets = "api/v1/clusters/" + YEAR + "/" + cluster + "/scores/";
        for (String unit : List.of(a, b)) {
            assertThat(admin("PUT", sheets + unit, scores("50", "30", "2", "1", true)).statusCode()).isEqualTo(200);
        }
        assertThat(admin("PUT", sheets + c, scores("50", "30", "2", "3", true)).statusCode()).isEqualTo(200);
        for (String unit : List.of(a, b, c)) {
            assertThat(admin("POST", sheets + unit + "/confirmation", "{}").statusCode()).isEqualTo(200);
        }
        JsonObject view = read("api/v1/clusters/" + YEAR + "/" + cluster, null);
        JsonArray ranking = view.getJsonArray("ranking");
        assertThat(ranking.getValuesAs(JsonObject.class)).extracting(r -> r.getString("unitCode") + ":" + r.getInt("position")
                + ":" + r.getString("tieBreak", "")).containsExactlyInAnyOrder(a + ":1:SHARED", b + ":1:SHARED", c + ":3:");
        assertThat(admin("POST", "api/v1/clusters/" + YEAR + "/" + cluster + "/ranking", "{\"version\":"
                + view.getJsonNumber("version").longValue() + "}").statusCode()).isEqualTo(200);

        JsonArray nominees = ofCluster(run).getJsonArray("nominees");
        assertThat(nominees.getValuesAs(JsonObject.class)).extracting(n -> n.getString("recipientCode") + ":"
                + n.getString("awardCode") + ":" + n.getBoolean("unregistered"))
                .containsExactlyInAnyOrder(a + ":CO_TD_TINH:true", b + ":CO_TD_TINH:true");
    }

    @Test
    void launchesAMovementAndRefusesBadInputAndStaleVersions() throws Exception {
        String code = "PT_" + run;
        HttpResponse<String> bad = admin("POST", "api/v1/movements", "{\"code\":\"" + code + "\",\"name\":\"Chuyển đổi số\","
                + "\"kind\":\"THEMATIC\",\"level\":\"PROVINCE\",\"scope\":\"CLUSTER\",\"unitCode\":\"SON_LA\","
                + "\"startsOn\":\"2025-06-01\",\"endsOn\":\"2025-01-31\",\"unitCodes\":[]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("endsOn").contains("unitCodes");

        HttpResponse<String> created = admin("POST", "api/v1/movements", "{\"code\":\"" + code + "\","
                + "\"name\":\"Sơn La chung tay chuyển đổi số\",\"theme\":\"Chuyển đổi số\",\"slogan\":\"Đổi mới, sáng tạo\","
                + "\"kind\":\"THEMATIC\",\"level\":\"PROVINCE\",\"scope\":\"CLUSTER\",\"unitCode\":\"SON_LA\","
                + "\"startsOn\":\"2025-01-01\",\"endsOn\":\"2027-12-31\",\"unitCodes\":[\"" + a + "\",\"" + b + "\"],"
                + "\"targets\":\"100% thủ tục hành chính trực tuyến\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(admin("POST", "api/v1/movements", "{\"code\":\"" + code + "\",\"name\":\"x\",\"kind\":\"REGULAR\","
                + "\"level\":\"PROVINCE\",\"scope\":\"PROVINCE\",\"unitCode\":\"SON_LA\",\"startsOn\":\"2025-01-01\","
                + "\"endsOn\":\"2025-12-31\",\"unitCodes\":[\"" + a + "\"]}").statusCode()).as("the code is unique").isEqualTo(409);

        JsonObject movement = read("api/v1/movements/" + code, null);
        assertThat(movement.getJsonObject("summary").getString("state")).isEqualTo("DRAFT");
        assertThat(movement.getJsonArray("participants")).hasSize(2);
        assertThat(as("ca_" + run, "GET", "api/v1/movements/" + code, null).statusCode())
                .as("a draft is read by those who may change it").isEqualTo(404);
        long version = movement.getJsonObject("summary").getJsonNumber("version").longValue();
        assertThat(WebClient.json(admin("POST", "api/v1/movements/" + code + "/advance", "{\"version\":" + version + "}"))
                .getString("state")).isEqualTo("LAUNCHED");
        assertThat(admin("POST", "api/v1/movements/" + code + "/advance", "{\"version\":" + version + "}").statusCode())
                .isEqualTo(412);
        assertThat(as("ca_" + run, "GET", "api/v1/movements/" + code, null).statusCode()).isEqualTo(200);
        assertThat(as("ca_" + run, "POST", "api/v1/movements/" + code + "/advance", "{\"version\":" + (version + 1) + "}")
                .statusCode()).as("only the launching unit's side moves it").isEqualTo(403);
    }
}
