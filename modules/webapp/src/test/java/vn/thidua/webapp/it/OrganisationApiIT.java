package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The organisation part of the public API on the real WAR and database: bad input, 401/403 by role and unit
 * scope, 412, paging, diacritic-insensitive search, memberships, and the audit chain under concurrent writers.
 * Every test makes its own codes, so runs on a database that keeps earlier data do not collide.
 */
class OrganisationApiIT extends ApiJourney {

    private static final String ADMIN = Deployments.ADMIN;
    private static final String OFFICER_PASSWORD = "Can-bo-don-vi-1";


    @BeforeEach
    void connect() {
        URI root = Deployments.root(deploymentUrl);
        client = new WebClient(root);
    }

    private HttpResponse<String> admin(String method, String path, String json, String... headers) throws Exception {
        return client.send(method, path, ADMIN, Deployments.adminPassword(), json, headers);
    }

    private String unit(String suffix, String parent, String name, String kind) throws Exception {
        String code = "U" + run + "_" + suffix;
        HttpResponse<String> response = admin("PUT", "api/v1/units/" + code, "{\"name\":\"" + name + "\",\"kind\":\""
                + kind + "\"" + (parent == null ? "" : ",\"parentCode\":\"" + parent + "\"") + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return code;
    }

    private String person(String suffix, String fullName, String unitCode) throws Exception {
        String code = "P" + run + "_" + suffix;
        HttpResponse<String> response = admin("PUT", "api/v1/people/" + code, "{\"fullName\":\"" + fullName
                + "\",\"unitCode\":\"" + unitCode + "\",\"unitSince\":\"2020-01-01\",\"gender\":\"MALE\","
                + "\"positionCategory\":\"DIRECT_WORKER\",\"birthDate\":\"1985-04-30\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return code;
    }

    private void account(String username, String role, String unitCode) throws Exception {
        HttpResponse<String> response = admin("PUT", "api/v1/accounts/" + username, "{\"displayName\":\"Cán bộ "
                + username + "\",\"password\":\"" + OFFICER_PASSWORD + "\",\"grants\":[{\"role\":\"" + role
                + "\",\"unitCode\":\"" + unitCode + "\"}]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static List<String> fields(HttpResponse<String> response) {
        return WebClient.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }

    // ---- units ----

    @Test
    void createsUnitsInTheTreeAndAnswersTheirChildren() throws Exception {
        String department = unit("SNV", "SON_LA", "Sở Nội vụ", "DEPARTMENT");
        String office = unit("BTD", department, "Ban Thi đua – Khen thưởng", "AGENCY");

        JsonObject read = WebClient.json(admin("GET", "api/v1/units/" + department, null));
        assertThat(read.getString("parentCode")).isEqualTo("SON_LA");
        assertThat(read.getJsonArray("childrenCodes").getString(0)).isEqualTo(office);
        assertThat(read.getString("name")).isEqualTo("Sở Nội vụ");
    }

    @Test
    void refusesBadInputFieldByFieldInVietnamese() throws Exception {
        HttpResponse<String> response = admin("PUT", "api/v1/units/U" + run + "_BAD",
                "{\"name\":\"Tên có ký tự \\u0000\",\"kind\":\"TINH\",\"parentCode\":\"khong hop le\","
                        + "\"validFrom\":\"01/07/2025\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(fields(response)).containsExactlyInAnyOrder("name", "kind", "parentCode", "validFrom");
        assertThat(response.body()).contains("ký tự điều khiển").contains("yyyy-MM-dd");
        assertThat(admin("GET", "api/v1/units/U" + run + "_BAD", null).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesCodesOutsideTheSyntaxUnreadableBodiesAndOversizedOnes() throws Exception {
        assertThat(admin("PUT", "api/v1/units/ma%20sai", "{\"name\":\"A\",\"kind\":\"OTHER\"}").statusCode())
                .isEqualTo(400);
        assertThat(admin("PUT", "api/v1/units/U" + run + "_J", "{\"name\":").statusCode()).isEqualTo(400);
        assertThat(admin("PUT", "api/v1/units/U" + run + "_J", "[]").statusCode()).isEqualTo(400);
        String big = "{\"name\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"kind\":\"OTHER\"}";
        HttpResponse<String> tooLarge = admin("PUT", "api/v1/units/U" + run + "_J", big);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(WebClient.json(tooLarge).getInt("status")).isEqualTo(413);
    }

    @Test
    void answers412ToAStaleIfMatchAndOverwritesWithoutIt() throws Exception {
        String code = unit("V", "SON_LA", "Phòng Văn hóa", "AGENCY");
        HttpResponse<String> read = admin("GET", "api/v1/units/" + code, null);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> first = admin("PUT", "api/v1/units/" + code,
                "{\"name\":\"Phòng Văn hóa – Thông tin\",\"kind\":\"AGENCY\"}", "If-Match", etag);
        assertThat(first.statusCode()).isEqualTo(200);
        HttpResponse<String> stale = admin("PUT", "api/v1/units/" + code,
                "{\"name\":\"Tên cũ\",\"kind\":\"AGENCY\"}", "If-Match", etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(WebClient.json(stale).getString("detail")).contains("If-Match");

        HttpResponse<String> overwrite = admin("PUT", "api/v1/units/" + code,
                "{\"name\":\"Phòng Văn hóa, Khoa học\",\"kind\":\"AGENCY\"}");
        assertThat(overwrite.statusCode()).isEqualTo(200);
        assertThat(WebClient.json(overwrite).getString("name")).isEqualTo("Phòng Văn hóa, Khoa học");
    }

    @Test
    void recordsRatingsOfCollectives() throws Exception {
        String code = unit("R", "SON_LA", "Trường THPT Chu Văn An", "SCHOOL");

        HttpResponse<String> rated = admin("PUT", "api/v1/units/" + code + "/ratings/2025", "{\"rating\":\"HTXSNV\"}");
        assertThat(rated.statusCode()).isEqualTo(200);
        assertThat(admin("PUT", "api/v1/units/" + code + "/ratings/2025", "{\"rating\":\"GIOI\"}").statusCode())
                .isEqualTo(400);
        assertThat(admin("PUT", "api/v1/units/" + code + "/ratings/hai", "{\"rating\":\"HTNV\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void mergesADistrictIntoItsSuccessorKeepingHistoryReachable() throws Exception {
        String district = unit("D", "SON_LA", "Huyện Thuận Châu", "DISTRICT");
        String commune = unit("DC", district, "Xã Chiềng Pấc", "COMMUNE");
        String successor = unit("DS", "SON_LA", "Xã Thuận Châu", "COMMUNE");
        String person = person("DP", "Lù Văn Sinh", district);

        HttpResponse<String> merged = admin("POST", "api/v1/units/" + district + "/merge",
                "{\"successorCode\":\"" + successor + "\",\"effectiveDate\":\"2025-07-01\","
                        + "\"decisionNumber\":\"1656/NQ-UBTVQH15\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);

        JsonObject ended = WebClient.json(admin("GET", "api/v1/units/" + district, null));
        assertThat(ended.getString("validTo")).isEqualTo("2025-06-30");
        assertThat(ended.getString("successorCode")).isEqualTo(successor);
        JsonObject after = WebClient.json(admin("GET", "api/v1/units/" + successor, null));
        assertThat(after.getJsonArray("predecessorCodes").getString(0)).isEqualTo(district);
        assertThat(WebClient.json(admin("GET", "api/v1/units/" + commune, null)).getString("parentCode"))
                .isEqualTo(successor);
        JsonArray memberships = WebClient.json(admin("GET", "api/v1/people/" + person, null)).getJsonArray("memberships");
        assertThat(memberships.getJsonObject(0).getString("validTo")).isEqualTo("2025-06-30");
        assertThat(memberships.getJsonObject(1).getString("unitCode")).isEqualTo(successor);
        assertThat(memberships.getJsonObject(1).getString("validFrom")).isEqualTo("2025-07-01");
        HttpResponse<String> history = admin("GET", "api/v1/units/" + successor + "/history", null);
        assertThat(history.body()).contains(district).contains("MERGE").contains("1656/NQ-UBTVQH15");

        HttpResponse<String> again = admin("POST", "api/v1/units/" + district + "/merge",
                "{\"successorCode\":\"" + successor + "\",\"effectiveDate\":\"2025-08-01\"}");
        assertThat(again.statusCode()).isEqualTo(400);
    }

    @Test
    void dissolvesOnlyUnitsWithoutActiveSubordinates() throws Exception {
        String parent = unit("X", "SON_LA", "Ban Quản lý dự án", "AGENCY");
        String child = unit("XC", parent, "Tổ giúp việc", "OTHER");

        assertThat(admin("POST", "api/v1/units/" + parent + "/dissolution", "{\"effectiveDate\":\"2026-01-01\"}")
                .statusCode()).isEqualTo(400);
        assertThat(admin("POST", "api/v1/units/" + child + "/dissolution", "{\"effectiveDate\":\"2026-01-01\"}")
                .statusCode()).isEqualTo(200);
        assertThat(admin("POST", "api/v1/units/" + parent + "/dissolution", "{\"effectiveDate\":\"2026-01-01\"}")
                .statusCode()).isEqualTo(200);
        assertThat(WebClient.json(admin("GET", "api/v1/units/" + parent, null)).getString("validTo"))
                .isEqualTo("2025-12-31");
    }

    // ---- people ----

    @Test
    void findsPeopleIgnoringCaseAndDiacritics() throws Exception {
        String unitCode = unit("S", "SON_LA", "Xã Chiềng Cơi", "COMMUNE");
        String an = person("AN", "Nguyễn Văn An", unitCode);
        String duc = person("DUC", "Trần Minh Đức", unitCode);

        for (String query : List.of("nguyen van an", "NGUYỄN VĂN AN", "Nguyen  Van   An")) {
            JsonObject page = WebClient.json(admin("GET", "api/v1/people?unit=" + unitCode + "&q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8), null));
            assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                    .as(query).extracting(item -> item.getString("code")).containsExactly(an);
        }
        JsonObject ducs = WebClient.json(admin("GET", "api/v1/people?unit=" + unitCode + "&q=duc", null));
        assertThat(ducs.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("code")).containsExactly(duc);
    }

    @Test
    void pagesInTheDatabase() throws Exception {
        String unitCode = unit("PG", "SON_LA", "Xã Mường Bon", "COMMUNE");
        for (int i = 0; i < 7; i++) {
            person("N" + i, "Lò Văn Người " + i, unitCode);
        }

        JsonObject first = WebClient.json(admin("GET", "api/v1/people?unit=" + unitCode + "&size=3", null));
        JsonObject last = WebClient.json(admin("GET", "api/v1/people?unit=" + unitCode + "&size=3&page=2", null));

        assertThat(first.getInt("total")).isEqualTo(7);
        assertThat(first.getInt("size")).isEqualTo(3);
        assertThat(first.getJsonArray("items")).hasSize(3);
        assertThat(last.getInt("page")).isEqualTo(2);
        assertThat(last.getJsonArray("items")).hasSize(1);
        // Pages past the middle are read from the other end: every page together is the whole list, in order,
        // with people of the same name kept apart by their codes.
        person("N7", "Lò Văn Người 3", unitCode);
        java.util.List<String> all = codes(admin("GET", "api/v1/people?unit=" + unitCode + "&size=50", null));
        assertThat(all).hasSize(8);
        for (int size : new int[] {1, 2, 3, 5}) {
            java.util.List<String> paged = new java.util.ArrayList<>();
            for (int page = 0; page * size < 8; page++) {
                paged.addAll(codes(admin("GET", "api/v1/people?unit=" + unitCode + "&size=" + size + "&page=" + page, null)));
            }
            assertThat(paged).as("size " + size).isEqualTo(all);
        }
        assertThat(codes(admin("GET", "api/v1/people?unit=" + unitCode + "&size=3&page=9", null))).isEmpty();
        assertThat(admin("GET", "api/v1/people?size=501", null).statusCode()).isEqualTo(400);
        assertThat(admin("GET", "api/v1/people?page=-1", null).statusCode()).isEqualTo(400);
    }

    @Test
    void keepsTheHistoryOfMembershipsWhenAPersonMoves() throws Exception {
        String from = unit("M1", "SON_LA", "Sở Y tế", "DEPARTMENT");
        String to = unit("M2", "SON_LA", "Sở Giáo dục và Đào tạo", "DEPARTMENT");
        String code = person("M", "Hà Thị Mai", from);

        HttpResponse<String> moved = admin("PUT", "api/v1/people/" + code, "{\"fullName\":\"Hà Thị Mai\",\"unitCode\":\""
                + to + "\",\"unitSince\":\"2024-09-01\",\"gender\":\"FEMALE\",\"positionCategory\":\"OTHER_LEADER\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        JsonArray memberships = WebClient.json(admin("GET", "api/v1/people/" + code, null)).getJsonArray("memberships");
        assertThat(memberships).hasSize(2);
        assertThat(memberships.getJsonObject(0).getString("unitCode")).isEqualTo(from);
        assertThat(memberships.getJsonObject(0).getString("validTo")).isEqualTo("2024-08-31");
        assertThat(memberships.getJsonObject(1).getString("unitCode")).isEqualTo(to);
        assertThat(memberships.getJsonObject(1).containsKey("validTo")).isFalse();

        HttpResponse<String> backwards = admin("PUT", "api/v1/people/" + code, "{\"fullName\":\"Hà Thị Mai\","
                + "\"unitCode\":\"" + from + "\",\"unitSince\":\"2023-01-01\",\"gender\":\"FEMALE\","
                + "\"positionCategory\":\"OTHER_LEADER\"}");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(fields(backwards)).containsExactly("unitSince");
    }

    @Test
    void masksCitizenIdsForRolesThatDoNotNeedThemAndRefusesDuplicates() throws Exception {
        String unitCode = unit("C", "SON_LA", "Xã Tô Hiệu", "COMMUNE");
        String id = String.format("%012d", Math.abs(run.hashCode()) % 1_000_000_000_000L);
        String code = "P" + run + "_C";
        assertThat(admin("PUT", "api/v1/people/" + code, "{\"fullName\":\"Quàng Văn Hải\",\"unitCode\":\"" + unitCode
                + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\",\"citizenId\":\"" + id + "\"}")
                .statusCode()).isEqualTo(201);
        String auditor = "kt" + run.toLowerCase();
        account(auditor, "thidua-auditor", unitCode);

        assertThat(WebClient.json(admin("GET", "api/v1/people/" + code, null)).getString("citizenId")).isEqualTo(id);
        JsonObject masked = WebClient.json(client.send("GET", "api/v1/people/" + code, auditor, OFFICER_PASSWORD, null));
        assertThat(masked.getString("citizenId")).startsWith("*********").endsWith(id.substring(9));

        HttpResponse<String> duplicate = admin("PUT", "api/v1/people/P" + run + "_C2", "{\"fullName\":\"Người khác\","
                + "\"unitCode\":\"" + unitCode + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\","
                + "\"citizenId\":\"" + id + "\"}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(fields(duplicate)).containsExactly("citizenId");
    }

    @Test
    void recordsRatingsAndDisciplinesOfPeople() throws Exception {
        String code = person("RD", "Cầm Thị Lan", unit("RD", "SON_LA", "Xã Chiềng Ngần", "COMMUNE"));

        assertThat(admin("PUT", "api/v1/people/" + code + "/ratings/2024", "{\"rating\":\"HTTNV\"}").statusCode())
                .isEqualTo(200);
        assertThat(admin("PUT", "api/v1/people/" + code + "/ratings/2024", "{\"rating\":\"HTXSNV\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> discipline = admin("POST", "api/v1/people/" + code + "/disciplines",
                "{\"level\":\"CANH_CAO\",\"year\":2023,\"decisionNumber\":\"45/QĐ-UBND\",\"decisionDate\":\"2023-06-12\"}");
        assertThat(discipline.statusCode()).isEqualTo(201);
        HttpResponse<String> badLevel = admin("POST", "api/v1/people/" + code + "/disciplines",
                "{\"level\":\"NANG\",\"year\":\"2023\",\"decisionDate\":\"2023-06-12\"}");
        assertThat(fields(badLevel)).containsExactlyInAnyOrder("level", "year", "decisionNumber");

        JsonArray ratings = jakarta.json.Json.createReader(new java.io.StringReader(
                admin("GET", "api/v1/people/" + code + "/ratings", null).body())).readArray();
        assertThat(ratings.getJsonObject(0).getString("rating")).isEqualTo("HTXSNV");
    }

    @Test
    void recordsHouseholdsInTheirVillage() throws Exception {
        String village = unit("H", "SON_LA", "Bản Hụm", "VILLAGE");
        HttpResponse<String> created = admin("PUT", "api/v1/households/H" + run,
                "{\"headName\":\"Lò Văn Páo\",\"unitCode\":\"" + village + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(WebClient.json(created).getString("unitName")).isEqualTo("Bản Hụm");
        assertThat(admin("PUT", "api/v1/households/H" + run + "X", "{\"unitCode\":\"KHONG_CO\"}").statusCode())
                .isEqualTo(400);
        // The body is bound to a record and its constraints: every field at fault at once, in Vietnamese.
        HttpResponse<String> refused = admin("PUT", "api/v1/households/H" + run + "Y",
                "{\"headName\":\"   \",\"unitCode\":\"mã sai!\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        jakarta.json.JsonArray errors = WebClient.json(refused).getJsonArray("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.getJsonObject(0).getString("field")).isEqualTo("headName");
        assertThat(errors.getJsonObject(0).getString("message")).isEqualTo("Không được để trống.");
        assertThat(errors.getJsonObject(1).getString("field")).isEqualTo("unitCode");
        assertThat(errors.getJsonObject(1).getString("message")).startsWith("Mã \"mã sai!\" không hợp lệ");
        HttpResponse<String> typed = admin("PUT", "api/v1/households/H" + run + "Y", "{\"headName\":5,\"unitCode\":\"X\"}");
        assertThat(typed.statusCode()).isEqualTo(400);
        assertThat(WebClient.json(typed).getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Phải là chuỗi ký tự.");
        assertThat(admin("PUT", "api/v1/households/H" + run + "Y", "[1, 2]").statusCode()).as("not an object").isEqualTo(400);
    }

    // ---- roles and unit scope ----

    @Test
    void keepsUnitOfficersInsideTheirSubtreeAndAuditorsReadOnly() throws Exception {
        String mine = unit("OWN", "SON_LA", "Huyện cũ Mai Sơn", "DISTRICT");
        String other = unit("OTH", "SON_LA", "Xã Phiêng Pằn", "COMMUNE");
        String myPerson = person("OWN", "Vì Văn Tuấn", mine);
        String otherPerson = person("OTH", "Lường Thị Hoa", other);
        String officer = "cb" + run.toLowerCase();
        String auditor = "ktv" + run.toLowerCase();
        account(officer, "thidua-unit-officer", mine);
        account(auditor, "thidua-auditor", "SON_LA");

        assertThat(client.send("GET", "api/v1/people/" + myPerson, officer, OFFICER_PASSWORD, null).statusCode())
                .isEqualTo(200);
        assertThat(client.send("GET", "api/v1/people/" + otherPerson, officer, OFFICER_PASSWORD, null).statusCode())
                .isEqualTo(403);
        assertThat(client.send("GET", "api/v1/units/" + other, officer, OFFICER_PASSWORD, null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> moveAway = client.send("PUT", "api/v1/people/" + myPerson, officer, OFFICER_PASSWORD,
                "{\"fullName\":\"Vì Văn Tuấn\",\"unitCode\":\"" + other + "\",\"gender\":\"MALE\","
                        + "\"positionCategory\":\"DIRECT_WORKER\"}");
        assertThat(moveAway.statusCode()).isEqualTo(403);
        JsonObject visible = WebClient.json(client.send("GET", "api/v1/people?q=" + run.toLowerCase(), officer,
                OFFICER_PASSWORD, null));
        assertThat(visible.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("code")).containsExactly(myPerson);

        assertThat(client.send("GET", "api/v1/people/" + otherPerson, auditor, OFFICER_PASSWORD, null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> auditorWrite = client.send("PUT", "api/v1/units/" + other, auditor, OFFICER_PASSWORD,
                "{\"name\":\"Đổi tên\",\"kind\":\"COMMUNE\"}");
        assertThat(auditorWrite.statusCode()).isEqualTo(403);
        assertThat(WebClient.json(auditorWrite).getInt("status")).isEqualTo(403);
        assertThat(client.get("api/v1/people/" + myPerson).statusCode()).isEqualTo(401);
        assertThat(client.send("PUT", "api/v1/accounts/x" + run, officer, OFFICER_PASSWORD, "{}").statusCode())
                .isEqualTo(403);
    }

    // ---- audit trail ----

    @Test
    void keepsTheAuditChainIntactUnderConcurrentWriters() throws Exception {
        String unitCode = unit("AC", "SON_LA", "Xã Chiềng Sinh", "COMMUNE");
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                int n = i;
                results.add(writers.submit(() -> admin("PUT", "api/v1/people/P" + run + "_W" + n,
                        "{\"fullName\":\"Người viết " + n + "\",\"unitCode\":\"" + unitCode + "\",\"gender\":\"FEMALE\","
                                + "\"positionCategory\":\"DIRECT_WORKER\"}").statusCode()));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(201);
            }
        } finally {
            writers.shutdown();
        }

        JsonObject verification = WebClient.json(admin("GET", "api/v1/audit/verification", null));
        assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
        assertThat(verification.getJsonNumber("checked").longValue()).isGreaterThanOrEqualTo(33);
    }

    private static java.util.List<String> codes(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return WebClient.json(response).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("code")).toList();
    }
}
