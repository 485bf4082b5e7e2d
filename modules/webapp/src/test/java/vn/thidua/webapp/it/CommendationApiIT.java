package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The commendations part of the public API on the real WAR: records, duplicates refused with 409, histories
 * newest first with titles and forms apart, corrections that supersede, revocations that stay visible.
 */
class CommendationApiIT extends ApiJourney {

    private String unit;
    private String person;

    @BeforeEach
    void setUp() throws Exception {
        unit = "KT_" + run;
        person = "NV_" + run;
        assertThat(admin("PUT", "api/v1/units/" + unit, "{\"name\":\"Trường THCS Chiềng Mai\",\"kind\":\"SCHOOL\","
                + "\"parentCode\":\"SON_LA\"}").statusCode()).isEqualTo(201);
        assertThat(admin("PUT", "api/v1/people/" + person, "{\"fullName\":\"Cầm Thị Phương\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"2019-08-15\",\"gender\":\"FEMALE\",\"positionCategory\":\"DIRECT_WORKER\"}")
                .statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return client.send(method, path, Deployments.ADMIN, Deployments.adminPassword(), json);
    }

    private HttpResponse<String> record(String award, String recipientType, String recipient, int year, String type,
                                        String movement, String decision, String date) throws Exception {
        return admin("POST", "api/v1/commendations", "{\"awardCode\":\"" + award + "\",\"recipientType\":\""
                + recipientType + "\",\"recipientCode\":\"" + recipient + "\",\"year\":" + year + ",\"type\":\"" + type
                + "\"" + (movement == null ? "" : ",\"movementCode\":\"" + movement + "\"") + ",\"decisionNumber\":\""
                + decision + "\",\"decisionDate\":\"" + date + "\",\"signer\":\"Hiệu trưởng\"}");
    }

    private JsonArray history(String path) throws Exception {
        HttpResponse<String> response = admin("GET", path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    @Test
    void rewardMoneyFollowsTheBaseSalaryAndTheCoefficientInForceOnTheDecisionDate() throws Exception {
        assertThat(record("LDTT", "PERSON", person, 2025, "THUONG_XUYEN", null, "71/QĐ", "2026-07-15").statusCode()).isEqualTo(201);
        assertThat(record("BANG_KHEN_TINH", "PERSON", person, 2026, "DOT_XUAT", null, "72/QĐ-UBND", "2026-08-03")
                .statusCode()).isEqualTo(201);
        assertThat(record("BANG_KHEN_TINH", "PERSON", person, 2025, "DOT_XUAT", null, "73/QĐ-UBND", "2025-06-30")
                .statusCode()).isEqualTo(201);
        java.util.Map<String, Long> paid = new java.util.HashMap<>();
        history("api/v1/people/" + person + "/commendations").stream().map(JsonObject.class::cast)
                .forEach(e -> paid.put(e.getString("decisionNumber"), e.getJsonNumber("rewardAmount").longValue()));
        // RULES.md §7: 0.3 × 2,530,000 = 759,000 → 760,000; 1.5 × 2,530,000 = 3,795,000 → 3,800,000; before July 2025
        // the certificate's coefficient was 1.0 on 2,340,000.
        assertThat(paid).containsEntry("71/QĐ", 760_000L).containsEntry("72/QĐ-UBND", 3_800_000L)
                .containsEntry("73/QĐ-UBND", 2_340_000L);
    }

    /**
     * The days a dated row takes effect: the base salary of 2,530,000 on 01/07/2026 (not on 30/06/2026), the
     * provincial certificate's 1.5 on 01/07/2025 (not on 30/06/2025); and a household is paid as a person is, a
     * collective twice that (RULES.md §7).
     */
    @Test
    void eachDatedAmountTakesEffectOnItsFirstDayAndAHouseholdIsPaidAsAPerson() throws Exception {
        assertThat(record("LDTT", "PERSON", person, 2024, "THUONG_XUYEN", null, "81/QĐ", "2026-06-30").statusCode()).isEqualTo(201);
        assertThat(record("LDTT", "PERSON", person, 2023, "THUONG_XUYEN", null, "82/QĐ", "2026-07-01").statusCode()).isEqualTo(201);
        assertThat(record("BANG_KHEN_TINH", "PERSON", person, 2024, "DOT_XUAT", null, "83/QĐ-UBND", "2025-07-01")
                .statusCode()).isEqualTo(201);
        String village = "BANT_" + run;
        String household = "HOT_" + run;
        assertThat(admin("PUT", "api/v1/units/" + village, "{\"name\":\"Bản Nà Ngần\",\"kind\":\"VILLAGE\",\"parentCode\":\"SON_LA\"}")
                .statusCode()).isEqualTo(201);
        assertThat(admin("PUT", "api/v1/households/" + household, "{\"headName\":\"Lường Văn Ún\",\"unitCode\":\"" + village + "\"}")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> toHousehold = record("BANG_KHEN_TINH", "HOUSEHOLD", household, 2026, "DOT_XUAT", null,
                "84/QĐ-UBND", "2026-08-03");
        assertThat(toHousehold.statusCode()).as(toHousehold.body()).isEqualTo(201);
        assertThat(record("BANG_KHEN_TINH", "UNIT", village, 2026, "DOT_XUAT", null, "85/QĐ-UBND", "2026-08-03")
                .statusCode()).isEqualTo(201);
        java.util.Map<String, Long> paid = new java.util.HashMap<>();
        for (String path : java.util.List.of("api/v1/people/" + person, "api/v1/households/" + household, "api/v1/units/" + village)) {
            history(path + "/commendations").stream().map(JsonObject.class::cast)
                    .forEach(e -> paid.put(e.getString("decisionNumber"), e.getJsonNumber("rewardAmount").longValue()));
        }
        // 0.3 × 2,340,000 = 702,000 → 710,000 the day before; 0.3 × 2,530,000 → 760,000 from the first day;
        // 1.5 × 2,340,000 = 3,510,000 on 01/07/2025; a household 1.5 × 2,530,000 → 3,800,000, a village twice that.
        assertThat(paid).containsEntry("81/QĐ", 710_000L).containsEntry("82/QĐ", 760_000L)
                .containsEntry("83/QĐ-UBND", 3_510_000L).containsEntry("84/QĐ-UBND", 3_800_000L)
                .containsEntry("85/QĐ-UBND", 7_590_000L);
    }

    @Test
    void recordsCommendationsAndRefusesDuplicatesOfOneAchievement() throws Exception {
        HttpResponse<String> ldtt = record("LDTT", "PERSON", person, 2024, "THUONG_XUYEN", null, "12/QĐ-THCS", "2025-01-15");
        assertThat(ldtt.statusCode()).as(ldtt.body()).isEqualTo(201);
        assertThat(WebClient.json(ldtt).getJsonNumber("id").longValue()).isPositive();

        HttpResponse<String> twice = record("LDTT", "PERSON", person, 2024, "THUONG_XUYEN", null, "13/QĐ-THCS", "2025-01-20");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(WebClient.json(twice).getString("detail")).contains("Lao động tiên tiến").contains("2024")
                .contains("12/QĐ-THCS").contains("15/01/2025");

        assertThat(record("GIAY_KHEN", "PERSON", person, 2024, "THUONG_XUYEN", null, "20/QĐ", "2025-01-15").statusCode())
                .isEqualTo(201);
        assertThat(record("BANG_KHEN_TINH", "PERSON", person, 2024, "CHUYEN_DE", "PT_CHUYEN_DOI_SO", "88/QĐ-UBND",
                "2025-03-02").statusCode()).as("another achievement: a movement").isEqualTo(201);
        assertThat(record("BANG_KHEN_TINH", "PERSON", person, 2024, "THUONG_XUYEN", null, "90/QĐ-UBND", "2025-03-02")
                .statusCode()).as("a second form for the same regular year").isEqualTo(409);

        JsonArray history = history("api/v1/people/" + person + "/commendations");
        assertThat(history).hasSize(3);
        JsonObject newest = history.getJsonObject(0);
        assertThat(newest.getString("awardCode")).isEqualTo("BANG_KHEN_TINH");
        assertThat(newest.getString("awardKind")).isEqualTo("FORM");
        JsonObject title = history.getJsonObject(history.size() - 1);
        assertThat(title.getString("awardKind")).isEqualTo("TITLE");
        assertThat(title.getBoolean("revoked")).isFalse();
        assertThat(history.stream().map(JsonObject.class::cast).filter(e -> e.getString("awardCode").equals("LDTT"))
                .findFirst().orElseThrow().getJsonNumber("rewardAmount").longValue()).isEqualTo(710_000);
    }

    @Test
    void correctionsSupersedeAndRevocationsStayVisibleAndStopCounting() throws Exception {
        long first = WebClient.json(record("LDTT", "PERSON", person, 2023, "THUONG_XUYEN", null, "5/QĐ", "2024-01-10"))
                .getJsonNumber("id").longValue();

        HttpResponse<String> corrected = admin("POST", "api/v1/commendations/" + first + "/correction",
                "{\"awardCode\":\"LDTT\",\"recipientType\":\"PERSON\",\"recipientCode\":\"" + person + "\",\"year\":2023,"
                        + "\"type\":\"THUONG_XUYEN\",\"decisionNumber\":\"5/QĐ (đính chính)\",\"decisionDate\":\"2024-01-12\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        long second = WebClient.json(corrected).getJsonNumber("id").longValue();
        assertThat(admin("POST", "api/v1/commendations/" + first + "/correction", "{\"awardCode\":\"LDTT\","
                + "\"recipientType\":\"PERSON\",\"recipientCode\":\"" + person + "\",\"year\":2023,\"type\":\"THUONG_XUYEN\","
                + "\"decisionNumber\":\"x\",\"decisionDate\":\"2024-01-12\"}").statusCode()).isEqualTo(409);

        HttpResponse<String> revoked = admin("POST", "api/v1/commendations/" + second + "/revocation",
                "{\"reason\":\"Kê khai thành tích không đúng\",\"decisionNumber\":\"77/QĐ\",\"decisionDate\":\"2024-06-01\","
                        + "\"itemRecovered\":true,\"moneyRecovered\":540000}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(admin("POST", "api/v1/commendations/" + second + "/revocation", "{\"reason\":\"lần hai\","
                + "\"decisionNumber\":\"78/QĐ\",\"decisionDate\":\"2024-06-02\"}").statusCode()).isEqualTo(409);

        JsonArray history = history("api/v1/people/" + person + "/commendations");
        JsonObject old = history.stream().map(JsonObject.class::cast)
                .filter(e -> e.getJsonNumber("id").longValue() == first).findFirst().orElseThrow();
        JsonObject now = history.stream().map(JsonObject.class::cast)
                .filter(e -> e.getJsonNumber("id").longValue() == second).findFirst().orElseThrow();
        assertThat(old.getJsonNumber("supersededBy").longValue()).isEqualTo(second);
        assertThat(now.getBoolean("revoked")).isTrue();
        assertThat(now.getJsonObject("revocation").getString("reason")).isEqualTo("Kê khai thành tích không đúng");

        assertThat(record("LDTT", "PERSON", person, 2023, "THUONG_XUYEN", null, "9/QĐ", "2024-07-01").statusCode())
                .as("a revoked title no longer blocks the year").isEqualTo(201);
    }

    @Test
    void exportsAHistoryToPdfAndXlsxFromItsPage() throws Exception {
        record("LDTT", "PERSON", person, 2024, "THUONG_XUYEN", null, "12/QĐ-THCS", "2025-01-15");
        WebClient screens = newClient();
        assertThat(screens.signIn(Deployments.ADMIN, Deployments.adminPassword()).statusCode()).isEqualTo(302);
        String page = screens.get("commendation/history.xhtml?type=PERSON&code=" + person).body();
        assertThat(page).contains("Lao động tiên tiến");

        HttpResponse<String> pdf = screens.postForm("commendation/history.xhtml", page, java.util.Map.of(
                "historyForm", "historyForm", "historyForm:exportPdf", "", "historyForm:code_input", person));
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).as(pdf.body().replaceAll("(?s).*<body", "")
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        String again = screens.get("commendation/history.xhtml?type=PERSON&code=" + person).body();
        HttpResponse<String> xlsx = screens.postForm("commendation/history.xhtml", again, java.util.Map.of(
                "historyForm", "historyForm", "historyForm:export", "", "historyForm:code_input", person));
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith("PK");
    }

    @Test
    void refusesBadInputUnknownRecipientsAndAwardsForTheWrongRecipient() throws Exception {
        HttpResponse<String> bad = admin("POST", "api/v1/commendations", "{\"awardCode\":\"LDTT\",\"recipientType\":\"NGUOI\","
                + "\"recipientCode\":\"" + person + "\",\"year\":\"2024\",\"type\":\"THUONG_XUYEN\",\"decisionDate\":\"15/01/2025\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("recipientType").contains("year").contains("decisionNumber").contains("decisionDate");

        assertThat(record("LDTT", "PERSON", "KHONG_CO_" + run, 2024, "THUONG_XUYEN", null, "1/QĐ", "2025-01-01").statusCode())
                .isEqualTo(404);
        assertThat(record("KHONG_CO", "PERSON", person, 2024, "THUONG_XUYEN", null, "1/QĐ", "2025-01-01").statusCode())
                .isEqualTo(400);
        HttpResponse<String> wrongRecipient = record("TTLDTT", "PERSON", person, 2024, "THUONG_XUYEN", null, "1/QĐ", "2025-01-01");
        assertThat(wrongRecipient.statusCode()).isEqualTo(400);
        assertThat(wrongRecipient.body()).contains("Tập thể lao động tiên tiến");
        assertThat(record("GIAY_KHEN", "PERSON", person, 2024, "CHUYEN_DE", null, "1/QĐ", "2025-01-01").statusCode())
                .as("a thematic commendation names its movement").isEqualTo(400);
        assertThat(admin("GET", "api/v1/people/KHONG_CO_" + run + "/commendations", null).statusCode()).isEqualTo(404);
        assertThat(admin("POST", "api/v1/commendations/abc/revocation", "{}").statusCode()).isEqualTo(400);
        assertThat(admin("POST", "api/v1/commendations/999999999/revocation", "{\"reason\":\"x\",\"decisionNumber\":\"1\","
                + "\"decisionDate\":\"2025-01-01\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void recordsCollectivesAndHouseholdsAndKeepsUnitOfficersInTheirUnits() throws Exception {
        HttpResponse<String> collective = record("TTLDTT", "UNIT", unit, 2024, "THUONG_XUYEN", null, "3/QĐ", "2025-01-15");
        assertThat(collective.statusCode()).as(collective.body()).isEqualTo(201);
        JsonArray unitHistory = history("api/v1/units/" + unit + "/commendations");
        assertThat(unitHistory.getJsonObject(0).getJsonNumber("rewardAmount").longValue()).isEqualTo(1_880_000);

        String village = "BAN_" + run;
        admin("PUT", "api/v1/units/" + village, "{\"name\":\"Bản Hìn\",\"kind\":\"VILLAGE\",\"parentCode\":\"SON_LA\"}");
        admin("PUT", "api/v1/households/HO_" + run, "{\"headName\":\"Lò Văn Hìn\",\"unitCode\":\"" + village + "\"}");
        assertThat(record("GD_VAN_HOA", "HOUSEHOLD", "HO_" + run, 2024, "THUONG_XUYEN", null, "1/QĐ-UBND", "2024-12-20")
                .statusCode()).isEqualTo(201);
        assertThat(history("api/v1/households/HO_" + run + "/commendations")).hasSize(1);

        String officer = "cbkt" + run.toLowerCase();
        admin("PUT", "api/v1/accounts/" + officer, "{\"displayName\":\"Cán bộ bản\",\"password\":\"Can-bo-ban-1\","
                + "\"grants\":[{\"role\":\"thidua-unit-officer\",\"unitCode\":\"" + village + "\"}]}");
        HttpResponse<String> outside = client.send("POST", "api/v1/commendations", officer, "Can-bo-ban-1",
                "{\"awardCode\":\"GIAY_KHEN\",\"recipientType\":\"PERSON\",\"recipientCode\":\"" + person + "\",\"year\":2024,"
                        + "\"type\":\"DOT_XUAT\",\"decisionNumber\":\"1\",\"decisionDate\":\"2025-01-01\"}");
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(client.send("GET", "api/v1/people/" + person + "/commendations", officer, "Can-bo-ban-1", null)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void preScreensInTheBackgroundAndShowsTheJobToItsOwnerOnly() throws Exception {
        admin("PUT", "api/v1/people/" + person + "/ratings/2024", "{\"rating\":\"HTTNV\"}");
        HttpResponse<String> started = admin("POST", "api/v1/prescreenings", "{\"unitCode\":\"" + unit + "\",\"year\":2024}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/api/v1/prescreenings/" + WebClient.json(started).getString("id"));
        String path = location.substring(location.indexOf("api/v1/"));
        JsonObject job = WebClient.json(admin("GET", path, null));
        for (int i = 0; i < 600 && !job.getString("state").equals("DONE") && !job.getString("state").equals("FAILED"); i++) {
            Thread.sleep(100);
            job = WebClient.json(admin("GET", path, null));
        }
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("DONE");
        assertThat(job.getInt("people")).isEqualTo(1);
        assertThat(job.getInt("units")).isEqualTo(1);
        assertThat(job.getJsonObject("counts").getInt("LDTT")).isEqualTo(1);
        assertThat(job.getJsonObject("progress").getInt("percent")).isEqualTo(100);
        HttpResponse<String> workbook = client.send("GET", path + "/workbook", Deployments.ADMIN, Deployments.adminPassword(),
                null, "Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow()).contains("sang-loc-" + unit + "-2024.xlsx");
        assertThat(workbook.body()).startsWith("PK");

        String officer = "cbsl" + run.toLowerCase();
        admin("PUT", "api/v1/accounts/" + officer, "{\"displayName\":\"Cán bộ trường\",\"password\":\"Can-bo-truong-1\","
                + "\"grants\":[{\"role\":\"thidua-unit-officer\",\"unitCode\":\"" + unit + "\"}]}");
        assertThat(client.send("GET", path, officer, "Can-bo-truong-1", null).statusCode())
                .as("another account's job is not found").isEqualTo(404);
        assertThat(client.send("GET", path + "/workbook", officer, "Can-bo-truong-1", null, "Accept",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").statusCode()).isEqualTo(404);
        HttpResponse<String> province = client.send("POST", "api/v1/prescreenings", officer, "Can-bo-truong-1",
                "{\"unitCode\":\"SON_LA\",\"year\":2024}");
        assertThat(province.statusCode()).as("the province is outside the officer's unit").isEqualTo(403);
        HttpResponse<String> own = client.send("POST", "api/v1/prescreenings", officer, "Can-bo-truong-1",
                "{\"unitCode\":\"" + unit + "\",\"year\":2024}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(202);

        HttpResponse<String> bad = admin("POST", "api/v1/prescreenings", "{\"unitCode\":\"không hợp lệ\",\"year\":1800}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("unitCode").contains("year");
        assertThat(admin("POST", "api/v1/prescreenings", "{\"unitCode\":\"KHONG_CO_" + run + "\",\"year\":2024}")
                .statusCode()).isEqualTo(404);
        assertThat(admin("GET", "api/v1/prescreenings/khong-co", null).statusCode()).isEqualTo(404);
    }

    // ---- eligibility ----

    private JsonObject verdict(String query) throws Exception {
        HttpResponse<String> response = admin("GET", "api/v1/eligibility?" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return WebClient.json(response);
    }

    private static String failing(JsonObject verdict) {
        return verdict.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> !c.getBoolean("passed")).map(c -> c.getString("rule") + ": " + c.getString("message"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void explainsTheVerdictRuleByRuleUnderTheVersionInForce() throws Exception {
        admin("PUT", "api/v1/people/" + person + "/ratings/2024", "{\"rating\":\"HTTNV\"}");
        admin("PUT", "api/v1/people/" + person + "/ratings/2025", "{\"rating\":\"HTNV\"}");

        JsonObject ldtt = verdict("awardCode=LDTT&recipientType=PERSON&recipientCode=" + person + "&year=2024");
        assertThat(ldtt.getBoolean("eligible")).as(failing(ldtt)).isTrue();
        assertThat(ldtt.getString("ruleSetVersion")).isEqualTo("ND98_2023.3");
        JsonObject rating = ldtt.getJsonArray("checks").getJsonObject(0);
        assertThat(rating.getString("rule")).isEqualTo("LDTT.rating");
        assertThat(rating.getString("basis")).contains("Nghị định 98/2023/NĐ-CP");
        assertThat(rating.getString("message")).isEqualTo("Xếp loại từ HTTNV trở lên: 2024: HTTNV");

        JsonObject later = verdict("awardCode=LDTT&recipientType=PERSON&recipientCode=" + person + "&year=2025");
        assertThat(later.getString("ruleSetVersion")).isEqualTo("ND152_2025.3");
        assertThat(later.getBoolean("eligible")).isFalse();
        assertThat(verdict("awardCode=LDTT&recipientType=PERSON&recipientCode=" + person
                + "&year=2025&referenceDate=2025-06-30").getString("ruleSetVersion")).isEqualTo("ND98_2023.3");

        JsonObject old = verdict("awardCode=LDTT&recipientType=PERSON&recipientCode=" + person + "&year=2019");
        assertThat(old.getBoolean("eligible")).isFalse();
        assertThat(old.getJsonArray("checks").getJsonObject(0).getString("message"))
                .contains("Không có bộ quy tắc nào có hiệu lực vào ngày 31/12/2019");
        assertThat(verdict("awardCode=BANG_KHEN_TINH&recipientType=PERSON&recipientCode=" + person
                + "&year=2024&type=DOT_XUAT").getBoolean("eligible")).isTrue();
    }

    @Test
    void cstdcsTakesAnHtxsnvRatingInPlaceOfAnInitiativeInTheCorrectedRules() throws Exception {
        assertThat(admin("PUT", "api/v1/people/" + person + "/ratings/2025", "{\"rating\":\"HTXSNV\"}").statusCode())
                .isBetween(200, 201);
        assertThat(record("LDTT", "PERSON", person, 2025, "THUONG_XUYEN", null, "81/QĐ", "2026-01-10").statusCode())
                .isEqualTo(201);
        JsonObject verdict = verdict("awardCode=CSTDCS&recipientType=PERSON&recipientCode=" + person + "&year=2025");
        assertThat(verdict.getString("ruleSetVersion")).isEqualTo("ND152_2025.3");
        JsonObject merit = verdict.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("rule").equals("CSTDCS.merit")).findFirst().orElseThrow();
        assertThat(merit.getBoolean("passed")).as(merit.toString()).isTrue();
        assertThat(merit.getString("message")).contains("HTXSNV");
        // The replaced version stays listed, and says what replaced it.
        assertThat(admin("GET", "api/v1/rule-sets", null).body()).contains("\"replacedBy\":\"ND152_2025.2\"")
                .contains("\"replacedBy\":\"ND152_2025.3\"");
    }

    @Test
    void anAwardWithoutCriteriaIsForAPersonToAppraiseAndATitleIsNeverSudden() throws Exception {
        // award, type → verdict, eligible (shared/API.md; RULES.md §5, the last two rows)
        String[][] table = {
            {"GIAY_KHEN", "THUONG_XUYEN", "MANUAL", "false"},
            {"HUAN_CHUONG_LD_1", "THUONG_XUYEN", "MANUAL", "false"},
            {"BANG_KHEN_TINH", "CHUYEN_DE", "MANUAL", "false"},
            {"LDTT", "DOT_XUAT", "NOT_ELIGIBLE", "false"},
            {"CSTDCS", "DOT_XUAT", "NOT_ELIGIBLE", "false"},
            {"BANG_KHEN_TINH", "DOT_XUAT", "ELIGIBLE", "true"},
            {"GIAY_KHEN", "DOT_XUAT", "ELIGIBLE", "true"}};
        for (String[] row : table) {
            JsonObject verdict = verdict("awardCode=" + row[0] + "&recipientType=PERSON&recipientCode=" + person
                    + "&year=2025&type=" + row[1]);
            assertThat(verdict.getString("verdict")).as(row[0] + " " + row[1]).isEqualTo(row[2]);
            assertThat(verdict.getBoolean("eligible")).as(row[0] + " " + row[1]).isEqualTo(Boolean.parseBoolean(row[3]));
            assertThat(verdict.getJsonArray("checks")).as(row[0] + " " + row[1]).hasSize(1);
        }
        assertThat(verdict("awardCode=GIAY_KHEN&recipientType=PERSON&recipientCode=" + person + "&year=2025")
                .getJsonArray("checks").getJsonObject(0).getString("message")).contains("thẩm định");
        assertThat(verdict("awardCode=LDTT&recipientType=PERSON&recipientCode=" + person + "&year=2025&type=DOT_XUAT")
                .getJsonArray("checks").getJsonObject(0).getString("message")).contains("xét hằng năm");
    }

    private void colleague(String code, String unitCode, int year, String rating) throws Exception {
        assertThat(admin("PUT", "api/v1/people/" + code, "{\"fullName\":\"Lò Văn " + code + "\",\"unitCode\":\"" + unitCode
                + "\",\"unitSince\":\"2019-01-01\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\"}")
                .statusCode()).isEqualTo(201);
        assertThat(admin("PUT", "api/v1/people/" + code + "/ratings/" + year, "{\"rating\":\"" + rating + "\"}")
                .statusCode()).isBetween(200, 201);
    }

    private static JsonObject check(JsonObject verdict, String rule) {
        return verdict.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("rule").equals(rule)).findFirst().orElseThrow(() -> new AssertionError(verdict));
    }

    @Test
    void titlesOfOneYearAreConsideredTogetherAndTheCapCountsTheStandardsMet() throws Exception {
        for (int i = 0; i < 7; i++) {
            colleague("DN" + i + "_" + run, unit, 2025, "HTTNV");
        }
        admin("PUT", "api/v1/people/" + person + "/ratings/2025", "{\"rating\":\"HTXSNV\"}");
        String cstdcs = "awardCode=CSTDCS&recipientType=PERSON&recipientCode=" + person + "&year=2025";

        // No LĐTT decided yet in the unit: the person's LĐTT standard is met, and 8 people meet it (cap 15% → 1).
        JsonObject undecided = verdict(cstdcs);
        assertThat(undecided.getString("verdict")).as(failing(undecided)).isEqualTo("ELIGIBLE");
        assertThat(check(undecided, "CSTDCS.title").getString("message"))
                .contains("2025 (đạt tiêu chuẩn, chưa có quyết định)");
        assertThat(check(undecided, "CSTDCS.cap").getString("message")).contains("8 LĐTT, CSTT");
        assertThat(check(undecided, "CSTDCS.cap").getString("basis")).contains("Quy định của tỉnh");

        record("LDTT", "PERSON", person, 2025, "THUONG_XUYEN", null, "LD-" + run, "2026-01-05");
        assertThat(check(verdict(cstdcs), "CSTDCS.title").getString("message")).contains("2025 (đã có quyết định)");

        // The collective: all 8 meet the LĐTT standard, 1 decided; its certificate needs no initiative.
        admin("PUT", "api/v1/units/" + unit + "/ratings/2024", "{\"rating\":\"HTXSNV\"}");
        admin("PUT", "api/v1/units/" + unit + "/ratings/2025", "{\"rating\":\"HTXSNV\"}");
        JsonObject ttldtt = verdict("awardCode=TTLDTT&recipientType=UNIT&recipientCode=" + unit + "&year=2025");
        assertThat(ttldtt.getBoolean("eligible")).as(failing(ttldtt)).isTrue();
        assertThat(check(ttldtt, "TTLDTT.share").getString("message"))
                .contains("8/8").contains("trong đó 7 thành viên đạt tiêu chuẩn, chưa có quyết định");
        JsonObject certificate = verdict("awardCode=BANG_KHEN_TINH&recipientType=UNIT&recipientCode=" + unit + "&year=2025");
        assertThat(certificate.getString("verdict")).as(failing(certificate)).isEqualTo("ELIGIBLE");
        assertThat(certificate.toString()).doesNotContain("sáng kiến");

        // A person's certificate: two CSTĐCS years (the second only its standard) or two HTXSNV years, two initiatives.
        record("CSTDCS", "PERSON", person, 2024, "THUONG_XUYEN", null, "CS-" + run, "2025-01-05");
        for (String title : new String[] {"Sổ điểm điện tử", "Thư viện số"}) {
            assertThat(admin("POST", "api/v1/initiatives", "{\"title\":\"" + title + "\",\"authorCodes\":[\"" + person
                    + "\"],\"scope\":\"CO_SO\",\"recognisedOn\":\"2025-05-20\",\"decisionNumber\":\"7/QĐ\"}")
                    .statusCode()).isEqualTo(201);
        }
        JsonObject personal = verdict("awardCode=BANG_KHEN_TINH&recipientType=PERSON&recipientCode=" + person + "&year=2025");
        assertThat(personal.getString("verdict")).as(failing(personal)).isEqualTo("ELIGIBLE");
        assertThat(check(personal, "BANG_KHEN_TINH.path").getString("message")).contains("CSTĐCS có: 2024, 2025");

        // A household's certificate and the upward chains: a household is appraised by the office; the Prime
        // Minister's certificate follows its chain (provincial certificate five years before) and says what is missing.
        String household = "HGD_" + run;
        assertThat(admin("PUT", "api/v1/households/" + household, "{\"headName\":\"Quàng Văn Hặc\",\"unitCode\":\""
                + unit + "\"}").statusCode()).isEqualTo(201);
        assertThat(verdict("awardCode=BANG_KHEN_TINH&recipientType=HOUSEHOLD&recipientCode=" + household + "&year=2025")
                .getString("verdict")).isEqualTo("MANUAL");
        JsonObject upward = verdict("awardCode=BANG_KHEN_TTG&recipientType=PERSON&recipientCode=" + person + "&year=2025");
        assertThat(upward.getString("verdict")).isEqualTo("NOT_ELIGIBLE");
        assertThat(check(upward, "BANG_KHEN_TTG.chain").getString("basis")).contains("cần đối chiếu");
    }

    @Test
    void aDepartmentWithItsStaffInItsOfficesCountsThemUnlessItsSettingSaysOtherwise() throws Exception {
        String department = "SO_" + run;
        String office = "PH_" + run;
        assertThat(admin("PUT", "api/v1/units/" + department, "{\"name\":\"Sở Nội vụ\",\"kind\":\"DEPARTMENT\","
                + "\"parentCode\":\"SON_LA\"}").statusCode()).isEqualTo(201);
        assertThat(admin("PUT", "api/v1/units/" + office, "{\"name\":\"Văn phòng Sở\",\"kind\":\"AGENCY\","
                + "\"parentCode\":\"" + department + "\"}").statusCode()).isEqualTo(201);
        colleague("VP1_" + run, office, 2025, "HTTNV");
        colleague("VP2_" + run, office, 2025, "HTTNV");
        admin("PUT", "api/v1/units/" + department + "/ratings/2025", "{\"rating\":\"HTTNV\"}");
        String query = "awardCode=TTLDTT&recipientType=UNIT&recipientCode=" + department + "&year=2025";

        JsonObject counted = verdict(query);
        assertThat(counted.getBoolean("eligible")).as(failing(counted)).isTrue();
        assertThat(check(counted, "TTLDTT.share").getString("message")).contains("2/2");

        HttpResponse<String> own = admin("PUT", "api/v1/units/" + department, "{\"name\":\"Sở Nội vụ\","
                + "\"kind\":\"DEPARTMENT\",\"parentCode\":\"SON_LA\",\"memberCount\":\"OWN\"}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("\"memberCount\":\"OWN\"");
        assertThat(check(verdict(query), "TTLDTT.share").getString("message")).contains("0/0");
        assertThat(admin("PUT", "api/v1/units/" + department, "{\"name\":\"Sở Nội vụ\",\"kind\":\"DEPARTMENT\","
                + "\"memberCount\":\"ALL\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void theLegalBasisNamesItsTextsAndALateBaseSalaryListsTheRecordsPaidOnTheOldOne() throws Exception {
        JsonObject basis = WebClient.json(admin("GET", "api/v1/legal-basis", null));
        assertThat(basis.getJsonArray("baseSalaries").toString()).contains("\"2026-07-01\"").contains("2530000")
                .contains("161/2026");
        assertThat(basis.getJsonArray("coefficients").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("awardCode").equals("BANG_KHEN_TINH") && c.getString("effectiveFrom").equals("2025-07-01"))
                .findFirst().orElseThrow().getJsonNumber("coefficient").doubleValue()).isEqualTo(1.5);
        assertThat(basis.getJsonArray("ruleSets").stream().map(JsonObject.class::cast)
                .filter(v -> v.getString("code").equals("ND152_2025.3")).findFirst().orElseThrow()
                .getString("effectiveTo")).isEqualTo("2027-02-28");

        LocalDate newest = basis.getJsonArray("baseSalaries").stream().map(JsonObject.class::cast)
                .map(b -> LocalDate.parse(b.getString("effectiveFrom"))).max(LocalDate::compareTo).orElseThrow();
        HttpResponse<String> rewrite = admin("POST", "api/v1/legal-basis/base-salaries", "{\"effectiveFrom\":\"" + newest
                + "\",\"amount\":2600000,\"basis\":\"Sửa mức cũ\"}");
        assertThat(rewrite.statusCode()).isEqualTo(400);
        assertThat(rewrite.body()).contains("effectiveFrom").contains("không được sửa");
        assertThat(admin("POST", "api/v1/legal-basis/base-salaries", "{\"effectiveFrom\":\"2030-01-01\",\"amount\":-5,"
                + "\"basis\":\"x\"}").body()).contains("amount");
        assertThat(admin("POST", "api/v1/legal-basis/base-salaries", "{\"effectiveFrom\":\"2030-01-01\",\"amount\":\"nhiều\"}")
                .statusCode()).isEqualTo(400);

        // A decree published late: a record decided on day D was paid on the salary before it and is listed with both
        // amounts; the row after it restores the figure so that other records keep theirs.
        LocalDate day = newest.plusDays(1);
        org.junit.jupiter.api.Assumptions.assumeTrue(day.plusDays(1).isBefore(vn.thidua.platform.ProvinceClock.today()), "a day left before today");
        long id = WebClient.json(record("LDTT", "PERSON", person, day.getYear(), "THUONG_XUYEN", null, "LS-" + run,
                day.toString())).getJsonNumber("id").longValue();
        HttpResponse<String> added = admin("POST", "api/v1/legal-basis/base-salaries", "{\"effectiveFrom\":\"" + day
                + "\",\"amount\":2600000,\"basis\":\"Nghị định thử nghiệm " + run + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(WebClient.json(added).getInt("flaggedForReexamination")).isPositive();
        assertThat(admin("POST", "api/v1/legal-basis/base-salaries", "{\"effectiveFrom\":\"" + day.plusDays(1)
                + "\",\"amount\":2530000,\"basis\":\"Trở lại mức 2.530.000 sau thử nghiệm " + run + "\"}").statusCode())
                .isEqualTo(201);
        JsonObject flag = Json.createReader(new StringReader(admin("GET", "api/v1/commendations/to-reexamine", null).body()))
                .readArray().stream().map(JsonObject.class::cast)
                .filter(f -> f.getJsonNumber("commendationId").longValue() == id).findFirst().orElseThrow();
        assertThat(flag.getString("causeKind")).isEqualTo("AMOUNT");
        assertThat(flag.getString("summary")).contains("Số tiền đã tính: 760.000 đ; số tiền đúng: 780.000 đ")
                .contains("Nghị định thử nghiệm " + run);
        assertThat(history("api/v1/people/" + person + "/commendations").stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("decisionNumber").equals("LS-" + run)).findFirst().orElseThrow()
                .getJsonNumber("rewardAmount").longValue()).as("nothing recorded is changed").isEqualTo(760_000);
    }

    @Test
    void aRevokedLinkBreaksTheChainOfCstdTinh() throws Exception {
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = WebClient.json(record("CSTDCS", "PERSON", person, 2022 + i, "THUONG_XUYEN", null, "CS-" + i,
                    (2023 + i) + "-01-10")).getJsonNumber("id").longValue();
        }
        assertThat(admin("POST", "api/v1/initiatives", "{\"title\":\"Số hóa hồ sơ học sinh\",\"authorCodes\":[\""
                + person + "\"],\"scope\":\"TINH\",\"recognisedOn\":\"2023-05-20\",\"decisionNumber\":\"55/QĐ-SKHCN\"}")
                .statusCode()).isEqualTo(201);
        String query = "awardCode=CSTD_TINH&recipientType=PERSON&recipientCode=" + person + "&year=2024";
        assertThat(verdict(query).getBoolean("eligible")).as(failing(verdict(query))).isTrue();
        long tinh = WebClient.json(record("CSTD_TINH", "PERSON", person, 2024, "THUONG_XUYEN", null, "120/QĐ-UBND",
                "2025-01-20")).getJsonNumber("id").longValue();

        admin("POST", "api/v1/commendations/" + ids[1] + "/revocation", "{\"reason\":\"Hồ sơ sáng kiến không đúng\","
                + "\"decisionNumber\":\"9/QĐ\",\"decisionDate\":\"2025-02-01\"}");
        JsonObject broken = verdict(query);
        assertThat(broken.getBoolean("eligible")).isFalse();
        assertThat(failing(broken)).contains("CSTD_TINH.chain").contains("CSTĐCS có: 2022, 2024; thiếu: 2023");
        JsonArray flagged = Json.createReader(new StringReader(admin("GET", "api/v1/commendations/to-reexamine", null).body()))
                .readArray();
        JsonObject flag = flagged.stream().map(JsonObject.class::cast)
                .filter(f -> f.getJsonNumber("commendationId").longValue() == tinh).findFirst().orElseThrow();
        assertThat(flag.getString("causeKind")).isEqualTo("REVOKED");
        assertThat(flag.getJsonNumber("causeId").longValue()).isEqualTo(ids[1]);
        assertThat(flag.getString("summary")).contains("thiếu: 2023");
        assertThat(admin("POST", "api/v1/initiatives", "{\"title\":\"\",\"authorCodes\":[],\"scope\":\"HUYEN\"}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void countsTheMembersOfACollectiveAtExactlyHalf() throws Exception {
        String second = "NV2_" + run;
        admin("PUT", "api/v1/people/" + second, "{\"fullName\":\"Lường Văn Ơn\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"2018-01-01\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        admin("PUT", "api/v1/units/" + unit + "/ratings/2024", "{\"rating\":\"HTTNV\"}");
        record("LDTT", "PERSON", person, 2024, "THUONG_XUYEN", null, "LD-1", "2025-01-10");
        String query = "awardCode=TTLDTT&recipientType=UNIT&recipientCode=" + unit + "&year=2024";

        JsonObject half = verdict(query);
        assertThat(half.getBoolean("eligible")).isFalse();
        assertThat(failing(half)).contains("1/2 thành viên đạt LĐTT năm 2024 (cần trên 50%)");

        record("LDTT", "PERSON", second, 2024, "THUONG_XUYEN", null, "LD-2", "2025-01-10");
        assertThat(verdict(query).getBoolean("eligible")).as(failing(verdict(query))).isTrue();
    }

    @Test
    void aNewVersionOfTheRulesAppliesFromItsDateAndTheOldOneBefore() throws Exception {
        // The newest version in force that nothing replaced (ND152_2025.3 ends on 28/02/2027).
        JsonObject open = Json.createReader(new StringReader(admin("GET", "api/v1/rule-sets", null).body())).readArray()
                .stream().map(JsonObject.class::cast).filter(v -> !v.containsKey("replacedBy"))
                .max(java.util.Comparator.comparing(v -> v.getString("effectiveFrom"))).orElseThrow();
        LocalDate from = LocalDate.parse(open.getString("effectiveFrom")).plusDays(1);
        if (from.isBefore(LocalDate.of(2027, 1, 1))) {
            from = LocalDate.of(2027, 1, 1);
        }
        String code = "IT_" + run;
        HttpResponse<String> bad = admin("POST", "api/v1/rule-sets", "{\"fromCode\":\"" + open.getString("code")
                + "\",\"code\":\"" + code + "\",\"name\":\"Thử\",\"effectiveFrom\":\"" + from
                + "\",\"parameters\":{\"LDTT.months\":\"months=mười hai\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("LDTT.months");
        HttpResponse<String> created = admin("POST", "api/v1/rule-sets", "{\"fromCode\":\"" + open.getString("code")
                + "\",\"code\":\"" + code + "\",\"name\":\"Quy định thử nghiệm\",\"effectiveFrom\":\"" + from
                + "\",\"parameters\":{\"LDTT.months\":\"months=12\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        JsonObject later = verdict("awardCode=LDTT&recipientType=PERSON&recipientCode=" + person + "&year=" + from.getYear());
        assertThat(later.getString("ruleSetVersion")).isEqualTo(code);
        assertThat(later.toString()).contains("cần ít nhất 12 tháng");
        JsonObject before = verdict("awardCode=LDTT&recipientType=PERSON&recipientCode=" + person + "&year=2024");
        assertThat(before.getString("ruleSetVersion")).isEqualTo("ND98_2023.3");
    }

    @Test
    void refusesBadEligibilityQueries() throws Exception {
        HttpResponse<String> bad = admin("GET", "api/v1/eligibility?awardCode=LDTT&recipientType=X&year=hai", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("recipientType").contains("recipientCode").contains("year");
        assertThat(admin("GET", "api/v1/eligibility?awardCode=LDTT&recipientType=PERSON&recipientCode=" + person
                + "&year=20252024", null).statusCode()).isEqualTo(400);
        assertThat(admin("GET", "api/v1/eligibility?awardCode=LDTT&recipientType=PERSON&recipientCode=KHONG_" + run
                + "&year=2024", null).statusCode()).isEqualTo(404);
        assertThat(admin("GET", "api/v1/eligibility?awardCode=TTLDTT&recipientType=PERSON&recipientCode=" + person
                + "&year=2024", null).statusCode()).isEqualTo(400);
    }
}
