package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statutory reports on the real WAR, on generated records: each cell equals the records it stands for (revoked and
 * out-of-period records left out, the scope a subtree), the .xlsx parsed back equals the JSON, and the national export
 * keeps titles and forms apart.
 */
class ReportingApiIT extends ApiJourney {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private String district;
    private String commune;

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        HttpResponse<String> response = client.send(method, path, Deployments.ADMIN, Deployments.adminPassword(), json);
        return response;
    }

    private void ok(String method, String path, String json) throws Exception {
        HttpResponse<String> response = admin(method, path, json);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
    }

    private long record(String award, String type, String code, int year, String kind, String movement, String date)
            throws Exception {
        HttpResponse<String> response = admin("POST", "api/v1/commendations", "{\"awardCode\":\"" + award
                + "\",\"recipientType\":\"" + type + "\",\"recipientCode\":\"" + code + "\",\"year\":" + year
                + ",\"type\":\"" + kind + "\"" + (movement == null ? "" : ",\"movementCode\":\"" + movement + "\"")
                + ",\"decisionNumber\":\"" + award + "-" + code + "/QĐ\",\"decisionDate\":\"" + date + "\","
                + "\"signer\":\"Chủ tịch UBND tỉnh\",\"authority\":\"UBND tỉnh Sơn La\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return WebClient.json(response).getJsonNumber("id").longValue();
    }

    private void person(String code, String unit, String category) throws Exception {
        ok("PUT", "api/v1/people/" + code, "{\"fullName\":\"Người " + code + "\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"2015-01-01\",\"gender\":\"MALE\",\"positionCategory\":\"" + category + "\"}");
    }

    @BeforeEach
    void setUp() throws Exception {
        district = "H_" + run;
        commune = "X_" + run;
        String enterprise = "DN_" + run;
        ok("PUT", "api/v1/units/" + district, "{\"name\":\"Huyện Sông Mã " + run + "\",\"kind\":\"DISTRICT\",\"parentCode\":\"SON_LA\"}");
        ok("PUT", "api/v1/units/" + commune, "{\"name\":\"Xã Chiềng Khương " + run + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"" + district + "\"}");
        ok("PUT", "api/v1/units/" + enterprise, "{\"name\":\"Công ty Chè Sông Mã " + run + "\",\"kind\":\"ENTERPRISE\",\"parentCode\":\"" + district + "\"}");
        ok("PUT", "api/v1/households/HO_" + run, "{\"headName\":\"Lò Văn Ún\",\"unitCode\":\"" + commune + "\"}");
        person("P1_" + run, commune, "DIRECT_WORKER");
        person("P2_" + run, district, "LEADER_DEPARTMENT");
        person("P3_" + run, enterprise, "BUSINESS");

        record("BANG_KHEN_TINH", "UNIT", enterprise, 2025, "THUONG_XUYEN", null, "2025-03-01");
        record("BANG_KHEN_TINH", "PERSON", "P1_" + run, 2025, "CHUYEN_DE", "PT_" + run, "2025-04-01");
        record("CSTD_TINH", "PERSON", "P2_" + run, 2025, "THUONG_XUYEN", null, "2025-02-01");
        record("BANG_KHEN_TINH", "HOUSEHOLD", "HO_" + run, 2025, "DOT_XUAT", null, "2025-05-05");
        record("BANG_KHEN_TINH", "PERSON", "P3_" + run, 2024, "THUONG_XUYEN", null, "2024-12-20");
        long revoked = record("CO_TD_TINH", "UNIT", commune, 2025, "THUONG_XUYEN", null, "2025-06-01");
        ok("POST", "api/v1/commendations/" + revoked + "/revocation", "{\"reason\":\"Kê khai không đúng thành tích\","
                + "\"decisionNumber\":\"9/QĐ-UBND\",\"decisionDate\":\"2025-09-01\"}");
        record("BANG_KHEN_TTG", "PERSON", "P1_" + run, 2025, "THUONG_XUYEN", null, "2025-07-01");
    }

    private JsonObject report(String form, String query) throws Exception {
        HttpResponse<String> response = admin("GET", "api/v1/reports/" + form + "?" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return WebClient.json(response);
    }

    private static long cell(JsonObject report, String row, String column) {
        return report.getJsonArray("rows").getValuesAs(JsonObject.class).stream().filter(r -> r.getString("key").equals(row))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + row)).getJsonObject("cells")
                .getJsonNumber(column).longValue();
    }

    @Test
    void everyCellCountsItsRecordsWithinThePeriodAndTheSubtree() throws Exception {
        JsonObject f0603 = report("0603", "year=2025&unitCode=" + district);
        assertThat(f0603.getString("form")).isEqualTo("0603");
        assertThat(f0603.getString("scope")).isEqualTo(district);
        Map<String, Long> expected = Map.ofEntries(Map.entry("total", 4L), Map.entry("collective", 1L),
                Map.entry("enterprise", 1L), Map.entry("household", 1L), Map.entry("individual", 2L),
                Map.entry("leaderProvince", 0L), Map.entry("leaderDepartment", 1L), Map.entry("business", 0L),
                Map.entry("otherLeader", 0L), Map.entry("directWorker", 1L), Map.entry("THUONG_XUYEN", 2L),
                Map.entry("CHUYEN_DE", 1L), Map.entry("DOT_XUAT", 1L), Map.entry("DOI_NGOAI", 0L));
        expected.forEach((row, count) -> assertThat(cell(f0603, row, "total")).as(row).isEqualTo(count));
        assertThat(cell(f0603, "total", "BANG_KHEN_TINH")).isEqualTo(3);
        assertThat(cell(f0603, "total", "CSTD_TINH")).isEqualTo(1);
        assertThat(cell(f0603, "total", "CO_TD_TINH")).as("the revoked flag is not counted").isZero();
        assertThat(f0603.getJsonArray("columns").getValuesAs(JsonObject.class)).extracting(c -> c.getString("key"))
                .containsExactly("total", "BANG_KHEN_TINH", "CSTD_TINH", "CO_TD_TINH", "HUY_HIEU_TINH");

        assertThat(cell(report("0603", "year=2025&unitCode=" + commune), "total", "total")).as("the commune's subtree").isEqualTo(2);
        assertThat(cell(report("0603", "year=2024&unitCode=" + district), "total", "total")).as("decided in 2024").isEqualTo(1);
        assertThat(cell(report("0603", "year=2025&unitCode=" + district + "&from=2025-03-01&to=2025-04-30"), "total", "total"))
                .as("a period within the year").isEqualTo(2);
        JsonObject f0602 = report("0602", "year=2025&unitCode=" + district);
        assertThat(cell(f0602, "total", "BANG_KHEN_TTG.individual")).isEqualTo(1);
        assertThat(cell(f0602, "total", "BANG_KHEN_TTG.collective")).isZero();
        assertThat(cell(f0602, "submitter.PROVINCE", "total")).isEqualTo(1);
        assertThat(f0602.getJsonArray("columns").getValuesAs(JsonObject.class)).extracting(c -> c.getString("key"))
                .startsWith("total", "HUAN_CHUONG_LD_1.collective", "HUAN_CHUONG_LD_1.individual")
                .endsWith("CO_TD_CP", "BANG_KHEN_TTG.collective", "BANG_KHEN_TTG.individual", "CSTD_TQ",
                        "other.collective", "other.individual");
        assertThat(cell(f0602, "directWorker", "total")).isEqualTo(1);
    }

    @Test
    void theXlsxCarriesTheFiguresOfTheJson() throws Exception {
        JsonObject json = report("0603", "year=2025&unitCode=" + district);
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        Deployments.root(deploymentUrl).resolve("api/v1/reports/0603?year=2025&unitCode=" + district))
                .header("Accept", XLSX).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (Deployments.ADMIN + ":" + Deployments.adminPassword()).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith(XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Biểu số: 0603.N/BNV-TĐKT");
            List<JsonObject> columns = json.getJsonArray("columns").getValuesAs(JsonObject.class);
            int checked = 0;
            for (int r = 9; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null || row.getCell(3) == null || row.getCell(3).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    continue;
                }
                String label = row.getCell(0).getStringCellValue();
                JsonObject line = json.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                        .filter(l -> l.getString("label").equals(label)).findFirst().orElseThrow();
                for (int c = 0; c < columns.size(); c++) {
                    assertThat((long) row.getCell(3 + c).getNumericCellValue()).as(label + " × " + columns.get(c).getString("key"))
                            .isEqualTo(line.getJsonObject("cells").getJsonNumber(columns.get(c).getString("key")).longValue());
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(17 * columns.size());
        }
    }

    @Test
    void refusesUnknownFormsAndBadInputWithProblems() throws Exception {
        HttpResponse<String> unknown = admin("GET", "api/v1/reports/0699?year=2025", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(admin("GET", "api/v1/reports/0603?year=hai", null).statusCode()).isEqualTo(400);
        assertThat(admin("GET", "api/v1/reports/0603", null).statusCode()).isEqualTo(400);
        assertThat(admin("GET", "api/v1/reports/0603?year=2025&from=2025-12-01&to=2025-01-01", null).statusCode()).isEqualTo(400);
        assertThat(admin("GET", "api/v1/reports/0603?year=2025&unitCode=KHONG_CO_" + run, null).statusCode()).isEqualTo(404);
        assertThat(admin("GET", "api/v1/exports/national?since=mai", null).statusCode()).isEqualTo(400);
    }

    @Test
    void theNationalExportKeepsTitlesAndFormsApartAndMarksRevocations() throws Exception {
        HttpResponse<String> response = admin("GET", "api/v1/exports/national?since=2025-01-01", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject export = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(export.getString("format")).isEqualTo("thidua-national-export/1");
        List<JsonObject> ours = export.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonObject("recipient").getString("code").endsWith(run)).toList();
        assertThat(ours).extracting(r -> r.getString("awardCode") + ":" + r.getString("category"))
                .contains("CSTD_TINH:DANH_HIEU", "BANG_KHEN_TINH:HINH_THUC", "BANG_KHEN_TTG:HINH_THUC", "CO_TD_TINH:DANH_HIEU")
                .doesNotContain("BANG_KHEN_TINH:DANH_HIEU");
        assertThat(ours).as("decided before the date").noneMatch(r -> r.getJsonObject("recipient").getString("code")
                .equals("P3_" + run));
        JsonObject flag = ours.stream().filter(r -> r.getString("awardCode").equals("CO_TD_TINH")).findFirst().orElseThrow();
        assertThat(flag.getJsonObject("revocation").getString("decisionNumber")).isEqualTo("9/QĐ-UBND");
        JsonObject title = ours.stream().filter(r -> r.getString("awardCode").equals("CSTD_TINH")).findFirst().orElseThrow();
        assertThat(title.getJsonObject("decision").getString("authority")).isEqualTo("UBND tỉnh Sơn La");
        assertThat(title.getString("level")).isEqualTo("PROVINCE");
    }

    @Test
    void form0601CountsTheLaunchedMovementsOfTheSubtree() throws Exception {
        ok("POST", "api/v1/movements", "{\"code\":\"PTH_" + run + "\",\"name\":\"Dân vận khéo\",\"kind\":\"THEMATIC\","
                + "\"level\":\"UNIT\",\"scope\":\"AGENCY\",\"unitCode\":\"" + district + "\",\"startsOn\":\"2025-02-01\","
                + "\"endsOn\":\"2025-11-30\",\"unitCodes\":[\"" + commune + "\"]}");
        assertThat(cell(report("0601", "year=2025&unitCode=" + district), "total", "total")).as("a draft does not count").isZero();
        long version = WebClient.json(admin("GET", "api/v1/movements/PTH_" + run, null)).getJsonObject("summary")
                .getJsonNumber("version").longValue();
        ok("POST", "api/v1/movements/PTH_" + run + "/advance", "{\"version\":" + version + "}");
        JsonObject f0601 = report("0601", "year=2025&unitCode=" + district);
        assertThat(cell(f0601, "total", "total")).isEqualTo(1);
        // The circular's orientation: scope, duration and method are rows; the launching level is the column.
        assertThat(cell(f0601, "duration.LT1", "level.AGENCY")).isEqualTo(1);
        assertThat(cell(f0601, "method.THEMATIC", "total")).isEqualTo(1);
        assertThat(cell(f0601, "scope.AGENCY", "level.AGENCY")).isEqualTo(1);
        assertThat(cell(f0601, "total", "level.SECTOR_OR_PROVINCE")).isZero();
        assertThat(f0601.getJsonArray("columns").getValuesAs(JsonObject.class)).extracting(c -> c.getString("key"))
                .containsExactly("total", "level.CENTRAL", "level.SECTOR_OR_PROVINCE", "level.AGENCY");
    }
}
