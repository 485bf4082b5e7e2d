package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.Roles;

/**
 * Who may do what, where: the authorization matrix (every organisation endpoint and page × every role × a
 * record inside and outside the role's unit), the intranet directory sign-in, and the interactive lockout.
 */
class AccessIT extends ApiJourney {

    private static final String PASSWORD = "Mat-khau-ma-tran-1";
    private static final Set<String> WRITERS = Set.of(Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER);

    private WebClient admin;

    @BeforeEach
    void connect() {
        admin = newClient();
    }

    private WebClient client() {
        return newClient();
    }

    private void asAdmin(String method, String path, String json) throws Exception {
        HttpResponse<String> response = admin.send(method, path, Deployments.ADMIN, Deployments.adminPassword(), json);
        assertThat(response.statusCode()).as(method + " " + path + " " + response.body()).isBetween(200, 201);
    }

    private void account(String username, String password, String role, String unitCode, boolean enabled)
            throws Exception {
        asAdmin("PUT", "api/v1/accounts/" + username, "{\"displayName\":\"Tài khoản " + username + "\""
                + (password == null ? "" : ",\"password\":\"" + password + "\"") + ",\"enabled\":" + enabled
                + ",\"grants\":" + (role == null ? "[]" : "[{\"role\":\"" + role + "\",\"unitCode\":\"" + unitCode + "\"}]")
                + "}");
    }

    private enum Kind { READ, WRITE, ADMIN, ROOT_ADMIN, AUDIT, RULES, FLAGS, REPORT, EXPORT }

    private record Call(String method, String path, String body, Kind kind, boolean scoped) {
    }

    private List<Call> calls(String unit, String person, String household) {
        String unitBody = "{\"name\":\"Đơn vị " + unit + "\",\"kind\":\"COMMUNE\"}";
        String personBody = "{\"fullName\":\"Người " + person + "\",\"unitCode\":\"" + unit
                + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\"}";
        return List.of(
                new Call("GET", "api/v1/units/" + unit, null, Kind.READ, true),
                new Call("PUT", "api/v1/units/" + unit, unitBody, Kind.WRITE, true),
                new Call("PUT", "api/v1/units/" + unit + "/ratings/2024", "{\"rating\":\"HTTNV\"}", Kind.WRITE, true),
                new Call("GET", "api/v1/units/" + unit + "/history", null, Kind.READ, true),
                new Call("GET", "api/v1/people/" + person, null, Kind.READ, true),
                new Call("PUT", "api/v1/people/" + person, personBody, Kind.WRITE, true),
                new Call("PUT", "api/v1/people/" + person + "/ratings/2024", "{\"rating\":\"HTNV\"}", Kind.WRITE, true),
                new Call("GET", "api/v1/people/" + person + "/ratings", null, Kind.READ, true),
                new Call("POST", "api/v1/people/" + person + "/disciplines", "{\"level\":\"KHIEN_TRACH\",\"year\":2024,"
                        + "\"decisionNumber\":\"1/QĐ\",\"decisionDate\":\"2024-02-01\"}", Kind.WRITE, true),
                new Call("GET", "api/v1/people/" + person + "/disciplines", null, Kind.READ, true),
                new Call("GET", "api/v1/households/" + household, null, Kind.READ, true),
                new Call("PUT", "api/v1/households/" + household, "{\"headName\":\"Chủ hộ\",\"unitCode\":\"" + unit + "\"}",
                        Kind.WRITE, true),
                new Call("PUT", "api/v1/accounts/x" + run.toLowerCase(), "{\"displayName\":\"X\",\"password\":\""
                        + PASSWORD + "\",\"grants\":[]}", Kind.ADMIN, false),
                // The province's administrator is nobody's to read but the root's administrators (all grants here are
                // on a commune).
                new Call("GET", "api/v1/accounts/admin/grants", null, Kind.ROOT_ADMIN, false),
                new Call("GET", "api/v1/audit/verification", null, Kind.AUDIT, false),
                new Call("POST", "api/v1/commendations", "{\"awardCode\":\"GIAY_KHEN\",\"recipientType\":\"PERSON\","
                        + "\"recipientCode\":\"" + person + "\",\"year\":2024,\"type\":\"DOT_XUAT\",\"decisionNumber\":\"1/QĐ\","
                        + "\"decisionDate\":\"2025-01-02\"}", Kind.WRITE, true),
                new Call("GET", "api/v1/people/" + person + "/commendations", null, Kind.READ, true),
                new Call("GET", "api/v1/units/" + unit + "/commendations", null, Kind.READ, true),
                new Call("GET", "api/v1/households/" + household + "/commendations", null, Kind.READ, true),
                new Call("GET", "api/v1/eligibility?awardCode=LDTT&recipientType=PERSON&recipientCode=" + person
                        + "&year=2024", null, Kind.READ, true),
                new Call("POST", "api/v1/initiatives", "{\"title\":\"Sáng kiến\",\"authorCodes\":[\"" + person
                        + "\"],\"scope\":\"CO_SO\",\"recognisedOn\":\"2024-03-01\",\"decisionNumber\":\"2/QĐ\"}",
                        Kind.WRITE, true),
                new Call("GET", "api/v1/rule-sets", null, Kind.RULES, false),
                new Call("GET", "api/v1/commendations/to-reexamine", null, Kind.FLAGS, false),
                new Call("GET", "api/v1/reports/0603?year=2025&unitCode=" + unit, null, Kind.REPORT, true),
                new Call("GET", "api/v1/reports/0601?year=2025&unitCode=" + unit, null, Kind.REPORT, true),
                new Call("GET", "api/v1/exports/national?since=2025-01-01", null, Kind.EXPORT, false),
                // Campaigns: a cluster's sheets are read by its members' units and its office; movements are written
                // by the launching unit's writers; nominations are read in the subtree.
                new Call("GET", "api/v1/clusters/2026/CL_" + unit, null, Kind.READ, true),
                new Call("GET", "api/v1/nominations?unitCode=" + unit + "&year=2025", null, Kind.READ, true),
                new Call("POST", "api/v1/movements", "{\"code\":\"MV" + Long.toString(System.nanoTime(), 36).toUpperCase()
                        + "\",\"name\":\"Phong trào thi đua của xã\",\"kind\":\"REGULAR\",\"level\":\"UNIT\","
                        + "\"scope\":\"AGENCY\",\"unitCode\":\"" + unit + "\",\"startsOn\":\"2026-01-01\","
                        + "\"endsOn\":\"2026-12-31\",\"unitCodes\":[\"" + unit + "\"]}", Kind.WRITE, true));
    }

    private static boolean allowed(String role, Kind kind, boolean inScope) {
        return switch (kind) {
            case READ -> inScope;
            case WRITE -> inScope && WRITERS.contains(role);
            case ADMIN -> role.equals(Roles.ADMIN);
            case ROOT_ADMIN -> false;
            case AUDIT -> role.equals(Roles.ADMIN) || role.equals(Roles.AUDITOR);
            case RULES -> Set.of(Roles.ADMIN, Roles.SPECIALIST, Roles.AUDITOR).contains(role);
            case FLAGS -> Set.of(Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.AUDITOR, Roles.INTEGRATION)
                    .contains(role);
            case REPORT -> inScope && Set.of(Roles.ADMIN, Roles.SPECIALIST, Roles.UNIT_OFFICER, Roles.SIGNER, Roles.AUDITOR,
                    Roles.INTEGRATION).contains(role);
            case EXPORT -> Set.of(Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION).contains(role);
        };
    }

    @Test
    void everyEndpointAndPageAnswersEveryRoleInsideAndOutsideItsUnitAsDesigned() throws Exception {
        String inside = "MA_" + run + "_IN";
        String outside = "MA_" + run + "_OUT";
        for (String unit : List.of(inside, outside)) {
            asAdmin("PUT", "api/v1/units/" + unit, "{\"name\":\"Đơn vị " + unit + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}");
            asAdmin("PUT", "api/v1/people/P" + unit, "{\"fullName\":\"Người P" + unit + "\",\"unitCode\":\"" + unit
                    + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
            asAdmin("PUT", "api/v1/households/H" + unit, "{\"headName\":\"Chủ hộ\",\"unitCode\":\"" + unit + "\"}");
            asAdmin("POST", "api/v1/commendations", "{\"awardCode\":\"GIAY_KHEN\",\"recipientType\":\"PERSON\","
                    + "\"recipientCode\":\"P" + unit + "\",\"year\":2023,\"type\":\"THUONG_XUYEN\",\"decisionNumber\":\"KT-"
                    + unit + "\",\"decisionDate\":\"2024-01-10\"}");
            asAdmin("PUT", "api/v1/units/S" + unit, "{\"name\":\"Đơn vị cùng cụm\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}");
            asAdmin("PUT", "api/v1/clusters/2026/CL_" + unit, "{\"name\":\"Cụm " + unit + "\",\"kind\":\"AREA\","
                    + "\"headUnitCode\":\"" + unit + "\",\"deputyUnitCode\":\"S" + unit + "\",\"unitCodes\":[\"" + unit
                    + "\",\"S" + unit + "\"],\"criteria\":[{\"name\":\"Nhiệm vụ\",\"maxPoints\":10}]}");
        }
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        int refused = 0;
        for (String role : Roles.ALL) {
            String username = "mt" + Roles.ALL.indexOf(role) + run.toLowerCase();
            account(username, PASSWORD, role, inside, true);
            WebClient client = client();
            for (boolean inScope : List.of(true, false)) {
                String unit = inScope ? inside : outside;
                for (Call call : calls(unit, "P" + unit, "H" + unit)) {
                    if (!inScope && !call.scoped()) {
                        continue;
                    }
                    HttpResponse<String> response = client.send(call.method(), call.path(), username, PASSWORD, call.body());
                    boolean expected = allowed(role, call.kind(), inScope);
                    int status = response.statusCode();
                    checked++;
                    refused += status == 403 ? 1 : 0;
                    if (expected ? status >= 300 : status != 403) {
                        mismatches.add(role + (inScope ? " inside " : " outside ") + call.method() + " " + call.path()
                                + " -> " + status);
                    }
                }
            }
            HttpResponse<String> search = client.send("GET", "api/v1/people?q=" + run.toLowerCase(), username, PASSWORD, null);
            checked++;
            if (!search.body().contains("P" + inside) || search.body().contains("P" + outside)) {
                mismatches.add(role + " search shows " + search.body());
            }
            WebClient browser = client();
            assertThat(browser.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
            Map<String, Boolean> pages = new java.util.LinkedHashMap<>();
            for (String open : List.of("", "organisation/units.xhtml", "organisation/people.xhtml",
                    "organisation/person.xhtml?code=P" + inside, "organisation/households.xhtml",
                    "organisation/password.xhtml", "commendation/eligibility.xhtml", "commendation/history.xhtml",
                    "commendation/reexamine.xhtml", "commendation/rules.xhtml", "commendation/catalogue.xhtml",
                    "commendation/nominations.xhtml", "commendation/postings.xhtml", "campaigns/initiatives.xhtml",
                    "campaigns/movements.xhtml", "campaigns/clusters.xhtml", "campaigns/honour.xhtml")) {
                pages.put(open, true);
            }
            pages.put("organisation/accounts.xhtml", role.equals(Roles.ADMIN));
            pages.put("audit.xhtml", role.equals(Roles.ADMIN) || role.equals(Roles.AUDITOR));
            boolean unitSide = role.equals(Roles.ADMIN) || role.equals(Roles.SPECIALIST) || role.equals(Roles.UNIT_OFFICER);
            pages.put("commendation/import.xhtml", unitSide);
            pages.put("commendation/prescreening.xhtml", unitSide);
            pages.put("commendation/calendar.xhtml", role.equals(Roles.ADMIN) || role.equals(Roles.SPECIALIST));
            pages.put("campaigns/registrations.xhtml", unitSide || role.equals(Roles.AUDITOR));
            boolean reporter = unitSide || role.equals(Roles.SIGNER) || role.equals(Roles.AUDITOR);
            pages.put("reporting/reports.xhtml", reporter);
            pages.put("reporting/dashboard.xhtml", reporter);
            pages.put("reporting/records.xhtml", reporter);
            pages.put("reporting/auditor.xhtml", role.equals(Roles.ADMIN) || role.equals(Roles.AUDITOR));
            for (Map.Entry<String, Boolean> page : pages.entrySet()) {
                int status = browser.get(page.getKey()).statusCode();
                checked++;
                refused += status == 403 ? 1 : 0;
                if (page.getValue() ? status != 200 : status != 403) {
                    mismatches.add(role + " page " + page.getKey() + " -> " + status);
                }
            }
            // Record pages answer 200 either way (a refusal is a message on the page): what tells a leak is whether
            // the record itself is shown. Each names a record inside and one outside the role's unit.
            for (boolean inScope : List.of(true, false)) {
                String unit = inScope ? inside : outside;
                Map<String, String> shows = Map.of(
                        "organisation/person.xhtml?code=P" + unit, "Người P" + unit,
                        "organisation/people.xhtml?unit=" + unit, "Người P" + unit,
                        "commendation/history.xhtml?type=PERSON&code=P" + unit, "KT-" + unit,
                        "campaigns/cluster.xhtml?year=2026&code=CL_" + unit, "Cụm " + unit);
                for (Map.Entry<String, String> record : shows.entrySet()) {
                    HttpResponse<String> page = browser.get(record.getKey());
                    checked++;
                    boolean shown = page.statusCode() == 200 && page.body().contains(record.getValue());
                    if (shown != inScope) {
                        mismatches.add(role + (inScope ? " does not see " : " sees ") + record.getKey() + " ("
                                + page.statusCode() + ")");
                    }
                }
            }
        }
        System.out.printf("Authorization matrix: %d checks, %d refused with 403%n", checked, refused);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void auditorsOfAUnitReadTheAuditEntriesOfItsSubtreeOnly() throws Exception {
        String unit = "AU_" + run;
        asAdmin("PUT", "api/v1/units/" + unit, "{\"name\":\"Xã Nà Nghịu\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}");
        asAdmin("PUT", "api/v1/people/P" + unit, "{\"fullName\":\"Lò Văn Nghịu\",\"unitCode\":\"" + unit
                + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        String auditor = "au" + run.toLowerCase();
        account(auditor, PASSWORD, Roles.AUDITOR, unit, true);

        WebClient screens = client();
        assertThat(screens.signIn(auditor, PASSWORD).statusCode()).isEqualTo(302);
        String page = screens.get("audit.xhtml").body();

        // The unit's creation, the person's and the auditor's grant on the unit: nothing of other units.
        assertThat(page).contains("1–3 / 3");
    }

    @Test
    void directoryUsersSignInWithTheirDirectoryPasswordAndRolesFromTheApplication() throws Exception {
        account(TestDirectory.USER, null, null, null, true);
        WebClient directoryUser = client();
        assertThat(directoryUser.signIn(TestDirectory.USER, TestDirectory.USER_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(directoryUser.get("").body()).contains("Xin chào, " + TestDirectory.USER)
                .contains("chưa được giao vai trò");
        assertThat(client().signIn(TestDirectory.USER, "sai-mat-khau").statusCode()).isEqualTo(200);

        account(TestDirectory.USER, null, Roles.AUDITOR, "SON_LA", true);
        HttpResponse<String> read = client().send("GET", "api/v1/units/SON_LA", TestDirectory.USER,
                TestDirectory.USER_PASSWORD, null);
        assertThat(read.statusCode()).isEqualTo(200);
        HttpResponse<String> write = client().send("PUT", "api/v1/units/SON_LA", TestDirectory.USER,
                TestDirectory.USER_PASSWORD, "{\"name\":\"Tỉnh Sơn La\",\"kind\":\"PROVINCE\"}");
        assertThat(write.statusCode()).isEqualTo(403);

        account(TestDirectory.USER, null, Roles.AUDITOR, "SON_LA", false);
        assertThat(client().send("GET", "api/v1/units/SON_LA", TestDirectory.USER, TestDirectory.USER_PASSWORD, null)
                .statusCode()).isEqualTo(401);
        account(TestDirectory.USER, null, Roles.AUDITOR, "SON_LA", true);
    }

    @Test
    void fiveFailedSignInsInARowLockTheAccountButFailedApiCallsDoNot() throws Exception {
        String username = "khoa" + run.toLowerCase();
        account(username, PASSWORD, Roles.UNIT_OFFICER, "SON_LA", true);

        for (int i = 0; i < 6; i++) {
            assertThat(client().send("GET", "api/v1/units/SON_LA", username, "sai-" + i, null).statusCode())
                    .isEqualTo(401);
        }
        assertThat(client().signIn(username, PASSWORD).statusCode()).as("API failures lock nothing").isEqualTo(302);

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = client().signIn(username, "sai-mat-khau-" + i);
            assertThat(refused.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        }
        HttpResponse<String> locked = client().signIn(username, PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(locked.body()).contains("tạm bị khóa");

        asAdmin("PUT", "api/v1/accounts/" + username, "{\"displayName\":\"Mở khóa\",\"password\":\"Mat-khau-moi-2\","
                + "\"grants\":[{\"role\":\"thidua-unit-officer\",\"unitCode\":\"SON_LA\"}]}");
        assertThat(client().signIn(username, "Mat-khau-moi-2").statusCode()).isEqualTo(302);
    }

    /** A call and the status it must get (any 2xx stands for success). */
    private record Row(String who, String method, String path, String body, int expected) {
    }

    /**
     * The rows the role-by-role matrix cannot hold: an administrator of a district (its subtree, not the province),
     * an account with mixed grants (a specialist of a commune who is also the province's auditor), and the same calls
     * before and after a commune moves to another district.
     */
    @Test
    void aDistrictsAdministratorMixedGrantsAndAUnitMove() throws Exception {
        String district = "MD_" + run;
        String otherDistrict = "ME_" + run;
        String commune = "MC_" + run;
        String person = "MP_" + run;
        asAdmin("PUT", "api/v1/units/" + district, "{\"name\":\"Huyện " + run + "\",\"kind\":\"DISTRICT\",\"parentCode\":\"SON_LA\"}");
        asAdmin("PUT", "api/v1/units/" + otherDistrict, "{\"name\":\"Huyện khác " + run + "\",\"kind\":\"DISTRICT\",\"parentCode\":\"SON_LA\"}");
        asAdmin("PUT", "api/v1/units/" + commune, "{\"name\":\"Xã " + run + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"" + district + "\"}");
        asAdmin("PUT", "api/v1/people/" + person, "{\"fullName\":\"Người " + run + "\",\"unitCode\":\"" + commune
                + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\",\"citizenId\":\"0"
                + Long.toString(Math.abs(System.nanoTime())).substring(0, 11) + "\"}");
        String lower = run.toLowerCase();
        String districtAdmin = "mda" + lower;
        String mixed = "mmx" + lower;
        String officer = "mdo" + lower;
        String otherOfficer = "meo" + lower;
        grants(districtAdmin, "[{\"role\":\"thidua-admin\",\"unitCode\":\"" + district + "\"}]");
        grants(mixed, "[{\"role\":\"thidua-specialist\",\"unitCode\":\"" + commune + "\"},"
                + "{\"role\":\"thidua-auditor\",\"unitCode\":\"SON_LA\"}]");
        grants(officer, "[{\"role\":\"thidua-unit-officer\",\"unitCode\":\"" + district + "\"}]");
        grants(otherOfficer, "[{\"role\":\"thidua-unit-officer\",\"unitCode\":\"" + otherDistrict + "\"}]");
        String grantOn = "{\"displayName\":\"X\",\"password\":\"" + PASSWORD + "\",\"grants\":[{\"role\":\"thidua-auditor\","
                + "\"unitCode\":\"%s\"}]}";
        List<Row> rows = List.of(
                new Row(districtAdmin, "PUT", "api/v1/accounts/n1" + lower, grantOn.formatted(commune), 200),
                new Row(districtAdmin, "PUT", "api/v1/accounts/n2" + lower, grantOn.formatted("SON_LA"), 403),
                new Row(districtAdmin, "PUT", "api/v1/accounts/" + mixed, grantOn.formatted(commune), 403),
                new Row(districtAdmin, "GET", "api/v1/accounts/admin/grants", null, 403),
                new Row(districtAdmin, "GET", "api/v1/accounts/" + officer + "/grants", null, 200),
                new Row(districtAdmin, "GET", "api/v1/audit/verification", null, 200),
                new Row(districtAdmin, "PUT", "api/v1/units/" + commune + "/ratings/2025", "{\"rating\":\"HTTNV\"}", 201),
                new Row(districtAdmin, "PUT", "api/v1/units/" + otherDistrict + "/ratings/2025", "{\"rating\":\"HTTNV\"}", 403),
                new Row(districtAdmin, "POST", "api/v1/rule-sets", "{\"fromCode\":\"ND152_2025\",\"code\":\"R" + run
                        + "\",\"name\":\"Thử\",\"effectiveFrom\":\"2030-01-01\"}", 403),
                new Row(mixed, "GET", "api/v1/people/" + person, null, 200),
                new Row(mixed, "PUT", "api/v1/people/" + person + "/ratings/2025", "{\"rating\":\"HTTNV\"}", 201),
                new Row(mixed, "PUT", "api/v1/units/" + otherDistrict + "/ratings/2024", "{\"rating\":\"HTTNV\"}", 403),
                new Row(mixed, "GET", "api/v1/units/" + otherDistrict, null, 200),
                new Row(mixed, "POST", "api/v1/rule-sets", "{\"fromCode\":\"ND152_2025\",\"code\":\"S" + run
                        + "\",\"name\":\"Thử\",\"effectiveFrom\":\"2030-01-01\"}", 403),
                new Row(officer, "GET", "api/v1/units/" + commune + "/commendations", null, 200),
                new Row(otherOfficer, "GET", "api/v1/units/" + commune + "/commendations", null, 403),
                new Row(otherOfficer, "GET", "api/v1/people/" + person, null, 403));
        List<String> mismatches = new ArrayList<>();
        check(rows, mismatches);
        asAdmin("PUT", "api/v1/units/" + commune, "{\"name\":\"Xã " + run + "\",\"kind\":\"COMMUNE\",\"parentCode\":\""
                + otherDistrict + "\"}");
        check(List.of(
                new Row(officer, "GET", "api/v1/units/" + commune + "/commendations", null, 403),
                new Row(officer, "GET", "api/v1/people/" + person, null, 403),
                new Row(districtAdmin, "PUT", "api/v1/units/" + commune + "/ratings/2024", "{\"rating\":\"HTTNV\"}", 403),
                new Row(otherOfficer, "GET", "api/v1/units/" + commune + "/commendations", null, 200),
                new Row(otherOfficer, "GET", "api/v1/people/" + person, null, 200),
                new Row(otherOfficer, "PUT", "api/v1/units/" + commune + "/ratings/2024", "{\"rating\":\"HTTNV\"}", 201)),
                mismatches);
        assertThat(mismatches).isEmpty();
        // The mixed account is a specialist where the person is: the citizen id is shown whole, and its read audited.
        String citizenId = jakarta.json.Json.createReader(new java.io.StringReader(client().send("GET",
                "api/v1/people/" + person, mixed, PASSWORD, null).body())).readObject().getString("citizenId");
        assertThat(citizenId).doesNotContain("*");
    }

    private void grants(String username, String grants) throws Exception {
        asAdmin("PUT", "api/v1/accounts/" + username, "{\"displayName\":\"Tài khoản\",\"password\":\"" + PASSWORD
                + "\",\"grants\":" + grants + "}");
    }

    private void check(List<Row> rows, List<String> mismatches) throws Exception {
        WebClient client = client();
        for (Row row : rows) {
            HttpResponse<String> response = client.send(row.method(), row.path(), row.who(), PASSWORD, row.body());
            boolean both2xx = row.expected() / 100 == 2 && response.statusCode() / 100 == 2;
            if (response.statusCode() != row.expected() && !both2xx) {
                mismatches.add(row.who() + " " + row.method() + " " + row.path() + " -> " + response.statusCode()
                        + " (expected " + row.expected() + ")");
            }
        }
    }
}
