package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.thidua.webapp.it.Deployments;

/**
 * The organisation journeys in a real browser: create a unit and a person with a Vietnamese name, find them by
 * typing the name without marks, and import a workbook with errors to see them listed row by row.
 */
class OrganisationBrowserIT extends BrowserJourney {

    @BeforeEach
    void signInFirst() {
        browser.signIn(Deployments.ADMIN, Deployments.adminPassword());
    }

    @Test
    void createsAUnitAndAPersonFindsThemWithoutMarksAndListsImportErrors() throws Exception {
        String unitCode = "XA_" + run;
        browser.open("organisation/units.xhtml");
        browser.click("treeForm:newTop");
        browser.find("unitForm:code");
        browser.type("unitForm:code", unitCode);
        browser.type("unitForm:name", "Xã Chiềng Ngần " + run);
        browser.script("PF('unitKind').selectValue('COMMUNE')");
        browser.type("unitForm:parentCode_input", "SON_LA");
        browser.screenshot("10-units-form");
        browser.click("unitForm:save");
        browser.waitForText("Đã lưu đơn vị " + unitCode);
        assertThat(browser.find("unitCode").getText()).isEqualTo(unitCode);
        browser.screenshot("10-units");

        String personCode = "CB_" + run;
        browser.open("organisation/person.xhtml");
        browser.type("personForm:code", personCode);
        browser.click("personForm:save");
        browser.waitForText("Không được để trống.");
        assertThat(browser.find("personForm:code").getAttribute("value")).isEqualTo(personCode);
        browser.screenshot("11-person-errors");

        browser.type("personForm:fullName", "Nguyễn Thị Ánh Tuyết " + run);
        browser.script("PF('gender').selectValue('FEMALE')");
        browser.script("PF('positionCategory').selectValue('DIRECT_WORKER')");
        browser.pick("personForm:unitCode", "chieng ngan " + run.toLowerCase(), unitCode);
        browser.click("personForm:save");
        browser.waitForText("Đã lưu hồ sơ " + personCode);

        browser.open("organisation/people.xhtml");
        browser.type("filters:text", "nguyen thi anh tuyet " + run.toLowerCase());
        browser.waitForAjax();
        browser.wait.until(d -> d.findElement(By.id("people:table")).getText().contains(personCode));
        assertThat(browser.find("people:table").getText()).contains("Nguyễn Thị Ánh Tuyết " + run)
                .contains("Xã Chiềng Ngần " + run);
        browser.screenshot("12-people-search");

        Path workbook = importFile(unitCode);
        browser.click("filters:openImport");
        browser.driver.findElement(By.cssSelector("#importForm\\:file input[type=file]"))
                .sendKeys(workbook.toAbsolutePath().toString());
        browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Tệp chưa được nhập"));
        browser.screenshot("13-import-errors");
        String errors = browser.find("importForm:errors").getAttribute("textContent");
        assertThat(errors).contains("TCVN3").contains("KHONG_CO_DON_VI").contains("Giới tính phải là");
        // Each error on its own row of the sheet: the legacy-encoded name on row 3, the unknown unit and the gender
        // on row 4, nothing on row 2 (a good row).
        java.util.Map<String, String> byRow = new java.util.HashMap<>();
        for (org.openqa.selenium.WebElement line : browser.driver.findElements(
                By.cssSelector("[id='importForm:errors'] tbody tr"))) {
            List<org.openqa.selenium.WebElement> cells = line.findElements(By.tagName("td"));
            // textContent: the table scrolls, and rows below its fold have no rendered text.
            byRow.merge(cells.get(0).getAttribute("textContent").strip(), cells.get(1).getAttribute("textContent")
                    + " " + cells.get(2).getAttribute("textContent"), (a, b) -> a + " | " + b);
        }
        assertThat(byRow).doesNotContainKey("2");
        assertThat(byRow.get("3")).contains("TCVN3");
        assertThat(byRow.get("4")).contains("KHONG_CO_DON_VI").contains("Giới tính phải là");

        browser.open("organisation/people.xhtml");
        browser.type("filters:text", run.toLowerCase());
        browser.waitForAjax();
        browser.wait.until(d -> d.findElement(By.id("people:table")).getText().contains(personCode));
        assertThat(browser.find("people:table").getText()).doesNotContain("IMP_" + run);

        browser.click("filters:openImport");
        browser.driver.findElement(By.cssSelector("#importForm\\:file input[type=file]"))
                .sendKeys(goodFile(unitCode).toAbsolutePath().toString());
        browser.waitForText("Đã nhập 6 người.");
        browser.open("organisation/people.xhtml?unit=" + unitCode);
        browser.wait.until(d -> d.findElement(By.id("people:table")).getText().contains("OK_" + run + "_6"));
        assertThat(browser.find("people:table").getText()).contains("Hà Thị Thu Hường").contains("Đèo Văn Long");
        browser.screenshot("14-people-list");
    }

    /** Six people with Vietnamese names, all valid: the import takes them all. */
    private Path goodFile(String unitCode) throws Exception {
        List<String> names = List.of("Hà Thị Thu Hường", "Đèo Văn Long", "Lò Thị Xuân", "Quàng Văn Mười",
                "Bạc Cầm Ánh", "Nguyễn Đức Thịnh");
        Path file = Files.createTempFile("nhap-can-bo-dung", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("CanBo");
            Row headers = sheet.createRow(0);
            List<String> titles = List.of("Mã", "Họ và tên", "Giới tính", "Ngày sinh", "Nhóm chức vụ",
                    "Ngày bắt đầu công tác", "Số định danh cá nhân (CCCD)", "Mã đơn vị công tác",
                    "Công tác tại đơn vị từ ngày");
            for (int c = 0; c < titles.size(); c++) {
                headers.createCell(c).setCellValue(titles.get(c));
            }
            for (int i = 0; i < names.size(); i++) {
                Row row = sheet.createRow(i + 1);
                List<String> cells = List.of("OK_" + run + "_" + (i + 1), names.get(i), i % 2 == 0 ? "Nữ" : "Nam",
                        String.format("%02d/0%d/19%d", 10 + i, 1 + i, 70 + i), i == 5 ? "OTHER_LEADER" : "DIRECT_WORKER",
                        "", "", unitCode, "01/01/2020");
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** A template with one good row and rows in TCVN3, with an unknown unit and a bad gender. */
    private Path importFile(String unitCode) throws Exception {
        Path file = Files.createTempFile("nhap-can-bo", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("CanBo");
            List<List<String>> rows = List.of(
                    List.of("Mã", "Họ và tên", "Giới tính", "Ngày sinh", "Nhóm chức vụ", "Ngày bắt đầu công tác",
                            "Số định danh cá nhân (CCCD)", "Mã đơn vị công tác", "Công tác tại đơn vị từ ngày"),
                    List.of("IMP_" + run + "_1", "Lò Văn Páo", "Nam", "02/09/1985", "DIRECT_WORKER", "", "", unitCode, ""),
                    List.of("IMP_" + run + "_2", "NguyÔn V¨n An", "Nam", "31/02/1990", "DIRECT_WORKER", "", "", unitCode, ""),
                    List.of("IMP_" + run + "_3", "Cầm Thị Hoa", "Không rõ", "", "Người trực tiếp lao động, công tác", "",
                            "", "KHONG_CO_DON_VI", ""));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
