package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.Roles;

/**
 * An ordinary account as the attacker (issue 13): administrators confined to their subtree, roles checked on the
 * unit of the record at hand, records that follow a unit's move, sessions that end when the account changes, the
 * lockout on both paths, directory accounts that never inherit a local one, hostile paths and bodies answered
 * with problems, script kept inert in the dashboard's chart data, headers on every answer, the keyed audit chain.
 */
class SecurityIT extends ApiJourney {

    private static final String PASSWORD = "Mat-khau-an-ninh-7";
    private static final String SCRIPT = "x</script><img src=x onerror=alert(1)>";

    private String districtA;
    private String districtB;
    private String commune;

    @BeforeEach
    void setUp() throws Exception {
        districtA = "HA_" + run;
        districtB = "HB_" + run;
        commune = "XA_" + run;
        ok("PUT", "api/v1/units/" + districtA, "{\"name\":\"Huyện Mai Sơn " + run + "\",\"kind\":\"DISTRICT\",\"parentCode\":\"SON_LA\"}");
        ok("PUT", "api/v1/units/" + districtB, "{\"name\":\"Huyện Yên Châu " + run + "\",\"kind\":\"DISTRICT\",\"parentCode\":\"SON_LA\"}");
        ok("PUT", "api/v1/units/" + commune, "{\"name\":\"Xã Cò Nòi " + run + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"" + districtA + "\"}");
    }

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return client.send(method, path, Deployments.ADMIN, Deployments.adminPassword(), json);
    }

    private void ok(String method, String path, String json) throws Exception {
        HttpResponse<String> response = admin(method, path, json);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
    }

    private HttpResponse<String> as(String user, String method, String path, String json) throws Exception {
        return client.send(method, path, user, PASSWORD, json);
    }

    private void account(String username, String grants) throws Exception {
        ok("PUT", "api/v1/accounts/" + username, "{\"displayName\":\"Tài khoản " + username + "\",\"password\":\"" + PASSWORD
                + "\",\"grants\":[" + grants + "]}");
    }

    private static String grant(String role, String unit) {
        return "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\"}";
    }

    @Test
    void aDistrictAdministratorAdministersItsSubtreeOnly() throws Exception {
        String districtAdmin = "qa" + run.toLowerCase();
        account(districtAdmin, grant(Roles.ADMIN, districtA));

        // The finding: it gave itself the province and reset the province administrator's password.
        HttpResponse<String> escalate = as(districtAdmin, "PUT", "api/v1/accounts/" + districtAdmin,
                "{\"displayName\":\"Tôi\",\"grants\":[" + grant(Roles.ADMIN, "SON_LA") + "]}");
        assertThat(escalate.statusCode()).as(escalate.body()).isEqualTo(403);
        assertThat(escalate.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> reset = as(districtAdmin, "PUT", "api/v1/accounts/" + Deployments.ADMIN,
                "{\"displayName\":\"Quản trị\",\"password\":\"Chiem-quyen-tinh-99\",\"grants\":[]}");
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(403);
        assertThat(as(districtAdmin, "GET", "api/v1/accounts/" + Deployments.ADMIN + "/grants", null).statusCode()).isEqualTo(403);
        assertThat(admin("GET", "api/v1/units/SON_LA", null).statusCode()).as("the province's password still works").isEqualTo(200);

        // Inside its subtree it works: an officer of the commune, then not moved to another district.
        String officer = "qo" + run.toLowerCase();
        HttpResponse<String> created = as(districtAdmin, "PUT", "api/v1/accounts/" + officer, "{\"displayName\":\"Cán bộ xã\","
                + "\"password\":\"" + PASSWORD + "\",\"grants\":[" + grant(Roles.UNIT_OFFICER, commune) + "]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(as(districtAdmin, "PUT", "api/v1/accounts/" + officer, "{\"displayName\":\"Cán bộ xã\",\"grants\":["
                + grant(Roles.UNIT_OFFICER, districtB) + "]}").statusCode()).isEqualTo(403);
        // An account holding a grant outside the subtree is not the district's to change.
        String mixed = "qm" + run.toLowerCase();
        account(mixed, grant(Roles.UNIT_OFFICER, commune) + "," + grant(Roles.AUDITOR, "SON_LA"));
        assertThat(as(districtAdmin, "PUT", "api/v1/accounts/" + mixed, "{\"displayName\":\"X\",\"enabled\":false,"
                + "\"grants\":[]}").statusCode()).isEqualTo(403);
        // Province-wide things need the role on the root.
        assertThat(as(districtAdmin, "POST", "api/v1/rule-sets", "{\"fromCode\":\"ND152_2025\",\"code\":\"X" + run
                + "\",\"name\":\"Thử\",\"effectiveFrom\":\"2027-01-01\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void aPutWithoutEnabledKeepsTheAccountAsItWas() throws Exception {
        String user = "qe" + run.toLowerCase();
        account(user, grant(Roles.UNIT_OFFICER, commune));
        ok("PUT", "api/v1/accounts/" + user, "{\"displayName\":\"Tắt\",\"enabled\":false,\"grants\":[" + grant(Roles.UNIT_OFFICER, commune) + "]}");
        ok("PUT", "api/v1/accounts/" + user, "{\"displayName\":\"Đổi tên\",\"grants\":[" + grant(Roles.UNIT_OFFICER, commune) + "]}");
        assertThat(as(user, "GET", "api/v1/units/" + commune, null).statusCode()).as("still disabled").isEqualTo(401);
        HttpResponse<String> weak = admin("PUT", "api/v1/accounts/qw" + run.toLowerCase(),
                "{\"displayName\":\"Yếu\",\"password\":\"Matkhau123456\",\"grants\":[]}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("\"field\":\"password\"").contains("12");
    }

    @Test
    void aRoleCountsOnTheUnitOfTheRecordNotSomewhereElse() throws Exception {
        String insider = "PA_" + run;
        String elsewhere = "PB_" + run;
        ok("PUT", "api/v1/people/" + insider, "{\"fullName\":\"Lò Thị Én\",\"unitCode\":\"" + commune
                + "\",\"gender\":\"FEMALE\",\"positionCategory\":\"DIRECT_WORKER\",\"citizenId\":\"0141" + digits(8) + "\"}");
        ok("PUT", "api/v1/people/" + elsewhere, "{\"fullName\":\"Cầm Văn Ơn\",\"unitCode\":\"" + districtB
                + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\",\"citizenId\":\"0142" + digits(8) + "\"}");
        String mixed = "qx" + run.toLowerCase();
        account(mixed, grant(Roles.SPECIALIST, commune) + "," + grant(Roles.AUDITOR, "SON_LA"));

        JsonObject own = WebClient.json(as(mixed, "GET", "api/v1/people/" + insider, null));
        assertThat(own.getString("citizenId")).as("a specialist of the commune").doesNotContain("*");
        JsonObject other = WebClient.json(as(mixed, "GET", "api/v1/people/" + elsewhere, null));
        assertThat(other.getString("citizenId")).as("only an auditor there").contains("*");
        // Writing elsewhere is refused too, though the account writes in its commune.
        assertThat(as(mixed, "PUT", "api/v1/people/" + elsewhere + "/ratings/2025", "{\"rating\":\"HTXSNV\"}").statusCode())
                .isEqualTo(403);
        assertThat(as(mixed, "PUT", "api/v1/people/" + insider + "/ratings/2025", "{\"rating\":\"HTXSNV\"}").statusCode())
                .isBetween(200, 201);
    }

    private String digits(int n) {
        String nanos = Long.toString(Math.abs(System.nanoTime()));
        return nanos.substring(nanos.length() - n);
    }

    @Test
    void recordsFollowAUnitThatMovesToAnotherDistrict() throws Exception {
        String person = "PM_" + run;
        ok("PUT", "api/v1/people/" + person, "{\"fullName\":\"Quàng Văn Mai\",\"unitCode\":\"" + commune
                + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        ok("POST", "api/v1/commendations", "{\"awardCode\":\"GIAY_KHEN\",\"recipientType\":\"UNIT\",\"recipientCode\":\""
                + commune + "\",\"year\":2025,\"type\":\"DOT_XUAT\",\"decisionNumber\":\"9/QĐ-" + run + "\",\"decisionDate\":\"2025-09-02\"}");
        ok("POST", "api/v1/initiatives", "{\"title\":\"Sáng kiến " + run + "\",\"authorCodes\":[\"" + person
                + "\"],\"scope\":\"CO_SO\",\"recognisedOn\":\"2025-03-01\",\"decisionNumber\":\"3/QĐ-" + run + "\"}");
        String officerA = "qa1" + run.toLowerCase();
        String officerB = "qb1" + run.toLowerCase();
        account(officerA, grant(Roles.UNIT_OFFICER, districtA));
        account(officerB, grant(Roles.UNIT_OFFICER, districtB));
        String history = "api/v1/units/" + commune + "/commendations";
        assertThat(as(officerA, "GET", history, null).body()).contains("9/QĐ-" + run);
        assertThat(as(officerB, "GET", history, null).statusCode()).isEqualTo(403);

        ok("PUT", "api/v1/units/" + commune, "{\"name\":\"Xã Cò Nòi " + run + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"" + districtB + "\"}");

        assertThat(as(officerA, "GET", history, null).statusCode()).as("the old district loses access").isEqualTo(403);
        HttpResponse<String> now = as(officerB, "GET", history, null);
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(now.body()).contains("9/QĐ-" + run);
        HttpResponse<String> report = as(officerB, "GET", "api/v1/reports/0603?year=2025&unitCode=" + districtB, null);
        assertThat(report.statusCode()).isEqualTo(200);
        HttpResponse<String> oldReport = as(officerA, "GET", "api/v1/people?q=" + run.toLowerCase(), null);
        assertThat(oldReport.body()).doesNotContain(person);
        assertThat(as(officerB, "GET", "api/v1/people?q=quang%20van%20mai", null).body()).contains(person);
    }

    @Test
    void aChangedAccountEndsItsOpenSessionsAndTheLockoutHoldsOverBasicToo() throws Exception {
        String user = "qs" + run.toLowerCase();
        account(user, grant(Roles.UNIT_OFFICER, commune));
        WebClient screens = newClient();
        assertThat(screens.signIn(user, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(screens.get("").statusCode()).isEqualTo(200);

        ok("PUT", "api/v1/accounts/" + user, "{\"displayName\":\"Đổi mật khẩu\",\"password\":\"Mat-khau-moi-8x\",\"grants\":["
                + grant(Roles.UNIT_OFFICER, commune) + "]}");
        HttpResponse<String> after = screens.get("");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("login.xhtml?ended=true");
        assertThat(screens.get("").statusCode()).as("still signed out").isEqualTo(302);

        // Withdrawing a grant ends the session as well.
        assertThat(screens.signIn(user, "Mat-khau-moi-8x").statusCode()).isEqualTo(302);
        assertThat(screens.get("").statusCode()).isEqualTo(200);
        ok("PUT", "api/v1/accounts/" + user, "{\"displayName\":\"Bớt quyền\",\"grants\":[]}");
        assertThat(screens.get("").statusCode()).isEqualTo(302);

        // Five refused sign-ins lock the account; a locked account is refused over Basic as well.
        for (int i = 0; i < 5; i++) {
            screens.signIn(user, "sai-mat-khau-" + i);
        }
        HttpResponse<String> basic = client.send("GET", "api/v1/units/SON_LA", user, "Mat-khau-moi-8x", null);
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.body()).contains("khóa");
        HttpResponse<String> trail = admin("GET", "api/v1/audit/verification", null);
        assertThat(WebClient.json(trail).getBoolean("intact")).isTrue();
    }

    @Test
    void aRememberedApiCredentialEndsTheMomentItsAccountChanges() throws Exception {
        String user = "qc" + run.toLowerCase();
        account(user, grant(Roles.SPECIALIST, commune));
        for (int i = 0; i < 3; i++) {
            assertThat(as(user, "GET", "api/v1/units/" + commune, null).statusCode()).as("call %d", i).isEqualTo(200);
        }
        // A grant withdrawn: the remembered credentials no longer carry the role.
        ok("PUT", "api/v1/accounts/" + user, "{\"displayName\":\"Bớt quyền\",\"grants\":[]}");
        assertThat(as(user, "GET", "api/v1/units/" + commune, null).statusCode()).isEqualTo(403);
        ok("PUT", "api/v1/accounts/" + user, "{\"displayName\":\"Trả quyền\",\"grants\":["
                + grant(Roles.SPECIALIST, commune) + "]}");
        assertThat(as(user, "GET", "api/v1/units/" + commune, null).statusCode()).isEqualTo(200);
        // A new password: the old one opens nothing, at once.
        ok("PUT", "api/v1/accounts/" + user, "{\"displayName\":\"Mật khẩu mới\",\"password\":\"Mat-khau-khac-9z\","
                + "\"grants\":[" + grant(Roles.SPECIALIST, commune) + "]}");
        assertThat(as(user, "GET", "api/v1/units/" + commune, null).statusCode()).isEqualTo(401);
        assertThat(client.send("GET", "api/v1/units/" + commune, user, "Mat-khau-khac-9z", null).statusCode()).isEqualTo(200);
        // Disabled: refused at once.
        ok("PUT", "api/v1/accounts/" + user, "{\"displayName\":\"Tắt\",\"enabled\":false,\"grants\":["
                + grant(Roles.SPECIALIST, commune) + "]}");
        assertThat(client.send("GET", "api/v1/units/" + commune, user, "Mat-khau-khac-9z", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aLocalAccountIsNeverEnteredWithADirectoryPassword() throws Exception {
        // A local account with the directory user's name: the directory's password does not open it.
        ok("PUT", "api/v1/accounts/" + TestDirectory.USER, "{\"displayName\":\"Tài khoản cục bộ\",\"password\":\"" + PASSWORD
                + "\",\"directory\":false,\"grants\":[" + grant(Roles.AUDITOR, "SON_LA") + "]}");
        assertThat(client.send("GET", "api/v1/units/SON_LA", TestDirectory.USER, TestDirectory.USER_PASSWORD, null)
                .statusCode()).isEqualTo(401);
        assertThat(client.send("GET", "api/v1/units/SON_LA", TestDirectory.USER, PASSWORD, null).statusCode()).isEqualTo(200);
        // Marked as a directory account, it signs in with the directory's password only.
        ok("PUT", "api/v1/accounts/" + TestDirectory.USER, "{\"displayName\":\"Lò Văn Hùng\",\"directory\":true,\"grants\":["
                + grant(Roles.AUDITOR, "SON_LA") + "]}");
        assertThat(client.send("GET", "api/v1/units/SON_LA", TestDirectory.USER, TestDirectory.USER_PASSWORD, null)
                .statusCode()).isEqualTo(200);
        assertThat(client.send("GET", "api/v1/units/SON_LA", TestDirectory.USER, PASSWORD, null).statusCode()).isEqualTo(401);
        // Without any account, the directory alone opens nothing.
        assertThat(client.send("GET", "api/v1/units/SON_LA", "nobody" + run.toLowerCase(), "x", null).statusCode()).isEqualTo(401);
    }

    @Test
    void hostilePathsAndBodiesAreAnsweredWithProblems() throws Exception {
        URI root = Deployments.root(deploymentUrl);
        // What reaches the application is answered with a problem.
        for (String path : new String[] {"/api/v1/people/" + "a".repeat(3000), "/api/v1/people?q=%E1",
            "/api/v1/people?q=a%00b"}) {
            String[] answer = raw(root, path);
            assertThat(answer[0]).as(path).matches("HTTP/1\\.1 400.*");
            assertThat(answer[1]).as(path).containsIgnoringCase("content-type: application/problem+json");
            assertThat(answer[2]).as(path).contains("\"status\":400").doesNotContain("Exception");
        }
        // NUL, encoded slashes and malformed UTF-8 in the path Payara's HTTP layer refuses before any application code
        // runs (or, where it lets them through, the application does): a 400, never a page, a stack trace or a 500.
        for (String path : new String[] {"/api/v1/people/a%00b", "/api/v1/people/a%2Fb", "/api/v1/people/a%C3%28",
            "/api/v1/people/a%0Ab"}) {
            String[] answer = raw(root, path);
            assertThat(answer[0]).as(path).matches("HTTP/1\\.1 400.*");
            assertThat(answer[2]).as(path).doesNotContainIgnoringCase("<html").doesNotContain("Exception");
        }
        String nested = "[".repeat(20_000) + "]".repeat(20_000);
        HttpResponse<String> deep = admin("PUT", "api/v1/units/" + commune, nested);
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(deep.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> wrongShape = admin("PUT", "api/v1/units/" + commune, "[1,2,3]");
        assertThat(wrongShape.statusCode()).isEqualTo(400);
    }

    /** Sends a request line as typed, bypassing any client's normalisation: status line, headers and body. */
    private static String[] raw(URI root, String path) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\nAuthorization: Basic "
                    + java.util.Base64.getEncoder().encodeToString((Deployments.ADMIN + ":" + Deployments.adminPassword())
                    .getBytes(StandardCharsets.UTF_8)) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n");
            int headersEnd = response.indexOf("\r\n\r\n");
            return new String[] {end < 0 ? response : response.substring(0, end),
                headersEnd < 0 ? response : response.substring(0, headersEnd),
                headersEnd < 0 ? "" : response.substring(headersEnd + 4)};
        }
    }

    @Test
    void whatAUserTypesStaysInertInTheDashboardsChartsAndEveryAnswerCarriesItsHeaders() throws Exception {
        String officer = "qd" + run.toLowerCase();
        account(officer, grant(Roles.UNIT_OFFICER, commune));
        HttpResponse<String> renamed = as(officer, "PUT", "api/v1/units/" + commune, "{\"name\":\"" + SCRIPT.replace("\"", "\\\"")
                + "\",\"kind\":\"COMMUNE\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        ok("POST", "api/v1/commendations", "{\"awardCode\":\"GIAY_KHEN\",\"recipientType\":\"UNIT\",\"recipientCode\":\""
                + commune + "\",\"year\":2026,\"type\":\"DOT_XUAT\",\"decisionNumber\":\"7/QĐ-" + run + "\",\"decisionDate\":\"2026-03-02\"}");

        WebClient screens = newClient();
        // The district's administrator: its dashboard charts the district's communes by name.
        String districtAdmin = "qp" + run.toLowerCase();
        account(districtAdmin, grant(Roles.ADMIN, districtA));
        assertThat(screens.signIn(districtAdmin, PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> dashboard = screens.get("reporting/dashboard.xhtml");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).as("the name is in the chart's data, escaped").contains("x\\u003c/script\\u003e")
                .doesNotContain(SCRIPT).doesNotContain("<img src=x onerror");
        String policy = dashboard.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("frame-ancestors 'none'").contains("script-src 'self' 'nonce-")
                .doesNotContain("unsafe-inline'; script-src", "'unsafe-eval'");
        assertThat(dashboard.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(dashboard.headers().firstValue("Referrer-Policy")).contains("same-origin");

        HttpResponse<String> api = admin("GET", "api/v1/units/" + commune, null);
        assertThat(api.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(api.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void theAuditChainIsSealedWithTheInstallationsKey() throws Exception {
        JsonObject verification = WebClient.json(admin("GET", "api/v1/audit/verification", null));
        assertThat(verification.getBoolean("intact")).isTrue();
        assertThat(verification.getString("sealedBy")).isEqualTo("HMAC-SHA256");
        assertThat(verification.getString("keyFingerprint")).hasSize(12);
    }
}
