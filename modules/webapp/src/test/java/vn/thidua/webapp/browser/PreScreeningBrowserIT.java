package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.thidua.webapp.it.Deployments;
import vn.thidua.webapp.it.WebClient;

/**
 * The pre-screening of a subtree agrees with the single verdict of the API for every person, collective and
 * annual title; the import of archived decisions refuses a file with errors row by row, then takes a good one.
 */
class PreScreeningBrowserIT extends BrowserJourney {

    private static final List<String> PERSON_AWARDS = List.of("LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TQ", "BANG_KHEN_TINH");
    private static final List<String> UNIT_AWARDS = List.of("TTLDTT", "TTLDXS", "BANG_KHEN_TINH");

    private void person(String code, String name, String unit, String since) throws Exception {
        call("PUT", "api/v1/people/" + code, "{\"fullName\":\"" + name + "\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"" + since + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
    }

    private void rate(String kind, String code, int year, String rating) throws Exception {
        call("PUT", "api/v1/" + kind + "/" + code + "/ratings/" + year, "{\"rating\":\"" + rating + "\"}");
    }

    private void decided(String award, String type, String code, int year, String number) throws Exception {
        call("POST", "api/v1/commendations", "{\"awardCode\":\"" + award + "\",\"recipientType\":\"" + type
                + "\",\"recipientCode\":\"" + code + "\",\"year\":" + year + ",\"type\":\"THUONG_XUYEN\","
                + "\"decisionNumber\":\"" + number + "\",\"decisionDate\":\"" + (year + 1) + "-01-15\"}");
    }

    @Test
    void preScreeningAgreesWithTheSingleVerdictForEveryoneOfTheSubtree() throws Exception {
        String district = "HUYEN_" + run;
        String school = "THCS_" + run;
        call("PUT", "api/v1/units/" + district, "{\"name\":\"Huyện Mai Sơn " + run + "\",\"kind\":\"DISTRICT\",\"parentCode\":\"SON_LA\"}");
        call("PUT", "api/v1/units/" + school, "{\"name\":\"Trường THCS Chiềng Mung " + run + "\",\"kind\":\"SCHOOL\",\"parentCode\":\"" + district + "\"}");
        List<String> people = List.of("A_" + run, "B_" + run, "C_" + run, "E_" + run, "F_" + run);
        person(people.get(0), "Lò Văn Ánh", district, "2015-01-01");
        person(people.get(1), "Quàng Thị Bình", district, "2016-03-01");
        person(people.get(2), "Cầm Văn Chung", district, "2017-09-01");
        person(people.get(3), "Đèo Thị Én", school, "2024-06-01");
        person(people.get(4), "Vì Văn Phúc", school, "2012-08-15");
        for (String p : people) {
            rate("people", p, 2022, "HTXSNV");
            rate("people", p, 2023, "HTXSNV");
        }
        rate("people", people.get(0), 2024, "HTXSNV");
        rate("people", people.get(1), 2024, "HTTNV");
        rate("people", people.get(3), 2024, "HTTNV");
        rate("people", people.get(4), 2024, "HTXSNV");
        call("POST", "api/v1/people/" + people.get(1) + "/disciplines", "{\"level\":\"KHIEN_TRACH\",\"year\":2024,"
                + "\"decisionNumber\":\"7/QĐ-UBND\",\"decisionDate\":\"2024-05-02\"}");
        for (String p : List.of(people.get(0), people.get(4))) {
            decided("LDTT", "PERSON", p, 2022, "11/QĐ-" + run);
            decided("LDTT", "PERSON", p, 2023, "12/QĐ-" + run);
            decided("CSTDCS", "PERSON", p, 2022, "21/QĐ-" + run);
            decided("CSTDCS", "PERSON", p, 2023, "22/QĐ-" + run);
        }
        call("POST", "api/v1/initiatives", "{\"title\":\"Sổ tay số chủ nhiệm lớp " + run + "\",\"kind\":\"INITIATIVE\","
                + "\"authorCodes\":[\"" + people.get(4) + "\"],\"scope\":\"TINH\",\"recognisedOn\":\"2024-04-10\","
                + "\"decisionNumber\":\"31/QĐ-SKHCN\"}");
        rate("units", district, 2024, "HTXSNV");
        rate("units", school, 2024, "HTTNV");
        // Six teachers who meet the LĐTT standard of 2024, none decided yet: the CSTĐCS caps (15%) of the school
        // (7 meeting it) and the district (8) each allow one, so CSTĐCS candidates show before any LĐTT is decided.
        for (int i = 0; i < 6; i++) {
            person("GV" + i + "_" + run, "Giáo viên số " + i, school, "2018-08-15");
            rate("people", "GV" + i + "_" + run, 2024, "HTTNV");
        }

        Set<String> expected = new HashSet<>();
        List<String> everyone = new java.util.ArrayList<>(people);
        for (int i = 0; i < 6; i++) {
            everyone.add("GV" + i + "_" + run);
        }
        for (String p : everyone) {
            for (String award : PERSON_AWARDS) {
                expected.addAll(verdict(award, "PERSON", p));
            }
        }
        for (String unit : List.of(district, school)) {
            for (String award : UNIT_AWARDS) {
                expected.addAll(verdict(award, "UNIT", unit));
            }
        }
        assertThat(expected).as("the data should make some qualify").contains(people.get(0) + " LDTT")
                .doesNotContain(people.get(1) + " LDTT", people.get(2) + " LDTT", people.get(3) + " LDTT")
                .contains(people.get(0) + " CSTDCS", people.get(4) + " CSTDCS");

        browser.signIn(Deployments.ADMIN, Deployments.adminPassword());
        browser.open("commendation/prescreening.xhtml");
        browser.type("prescreeningForm:unitCode_input", district);
        browser.script("PF('year').setValue(2024)");
        browser.click("prescreeningForm:run");
        browser.waitForText("Đã xét 11 người và 2 tập thể");
        Set<String> found = new HashSet<>();
        for (WebElement span : browser.driver.findElements(By.cssSelector("#resultForm\\:candidates span[data-award]"))) {
            found.add(span.getAttribute("data-recipient") + " " + span.getAttribute("data-award"));
        }
        assertThat(found).isEqualTo(expected);
        browser.screenshot("40-prescreening");

        browser.open("commendation/prescreening.xhtml");
        browser.type("prescreeningForm:unitCode_input", "KHONG_CO_" + run);
        browser.click("prescreeningForm:run");
        browser.waitForText("KHONG_CO_" + run);
        assertThat(browser.find("prescreeningForm:unitCode_input").getAttribute("value")).isEqualTo("KHONG_CO_" + run);
    }

    /** "code award" when the API finds the recipient eligible; nothing when not, or the award is not for them. */
    private Set<String> verdict(String award, String type, String code) throws Exception {
        HttpResponse<String> response = api.send("GET", "api/v1/eligibility?awardCode=" + award + "&recipientType=" + type
                + "&recipientCode=" + code + "&year=2024", Deployments.ADMIN, Deployments.adminPassword(), null);
        if (response.statusCode() == 400) {
            return Set.of();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject verdict = WebClient.json(response);
        return verdict.getBoolean("eligible") ? Set.of(code + " " + award) : Set.of();
    }

    @Test
    void importsArchivedDecisionsAllOrNothing() throws Exception {
        String unit = "XA_" + run;
        String person = "CB_" + run;
        call("PUT", "api/v1/units/" + unit, "{\"name\":\"Xã Chiềng Cọ " + run + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}");
        person(person, "Hà Văn Thắng", unit, "2010-01-01");

        browser.signIn(Deployments.ADMIN, Deployments.adminPassword());
        browser.open("commendation/import.xhtml");
        browser.driver.findElement(By.cssSelector("#importForm\\:file input[type=file]")).sendKeys(workbook(
                new String[] {"LDTT", "Cá nhân", person, "2019", "Thường xuyên", "", "5/QĐ-UBND", "10/01/2020", "", ""},
                new String[] {"LDTT", "cá nhân", person, "2019", "", "", "6/QĐ-UBND", "11/01/2020", "", ""},
                new String[] {"GIAY_KHEN", "Cá nhân", "KHONG_CO_" + run, "2019", "", "", "7/QĐ-UBND", "31/02/2020", "", ""},
                new String[] {"LDTT", "Tập thể", unit, "2019", "", "", "8/QĐ-UBND", "12/01/2020", "", ""})
                .toAbsolutePath().toString());
        browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Tệp chưa được nhập"));
        String errors = browser.find("importForm:errors").getAttribute("textContent");
        assertThat(errors).contains("đã có ở dòng 2 của tệp").contains("Ngày không hợp lệ")
                .contains("Lao động tiên tiến");
        browser.screenshot("41-history-import-errors");
        assertThat(call("GET", "api/v1/people/" + person + "/commendations", null).body())
                .doesNotContain("5/QĐ-UBND");

        browser.open("commendation/import.xhtml");
        browser.driver.findElement(By.cssSelector("#importForm\\:file input[type=file]")).sendKeys(workbook(
                new String[] {"LDTT", "Cá nhân", person, "2019", "Thường xuyên", "", "5/QĐ-UBND", "10/01/2020", "Cầm Văn Nam", "UBND huyện"},
                new String[] {"GIAY_KHEN", "Cá nhân", person, "2019", "", "", "6/QĐ-UBND", "11/01/2020", "", ""},
                new String[] {"TTLDTT", "Tập thể", unit, "2019", "", "", "8/QĐ-UBND", "12/01/2020", "", ""})
                .toAbsolutePath().toString());
        browser.waitForText("Đã nhập 3 quyết định khen thưởng.");
        browser.screenshot("42-history-import-done");
        String history = api.send("GET", "api/v1/people/" + person + "/commendations", Deployments.ADMIN,
                Deployments.adminPassword(), null).body();
        assertThat(history).contains("5/QĐ-UBND").contains("6/QĐ-UBND");
        assertThat(api.send("GET", "api/v1/units/" + unit + "/commendations", Deployments.ADMIN,
                Deployments.adminPassword(), null).body()).contains("8/QĐ-UBND");
    }

    private static Path workbook(String[]... rows) throws Exception {
        String[] headers = {"Mã danh hiệu, hình thức", "Đối tượng", "Mã đối tượng", "Năm thành tích", "Loại hình",
            "Mã phong trào", "Số quyết định", "Ngày quyết định", "Người ký", "Cơ quan ban hành"};
        Path file = Files.createTempFile("nhap-khen-thuong", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("KhenThuong");
            Row first = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                first.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
