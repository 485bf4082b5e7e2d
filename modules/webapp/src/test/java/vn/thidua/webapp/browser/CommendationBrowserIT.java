package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.webapp.it.Deployments;
import vn.thidua.webapp.it.WebClient;

/** The eligibility check and a history page in a real browser. */
class CommendationBrowserIT extends BrowserJourney {

    @Test
    void checksEligibilityAndShowsAHistoryWithARevokedRecord() throws Exception {
        String unit = "TH_" + run;
        String person = "GV_" + run;
        call("PUT", "api/v1/units/" + unit, "{\"name\":\"Trường Tiểu học Tô Hiệu\",\"kind\":\"SCHOOL\",\"parentCode\":\"SON_LA\"}");
        call("PUT", "api/v1/people/" + person, "{\"fullName\":\"Hoàng Thị Thanh Nhàn\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"2015-09-01\",\"gender\":\"FEMALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        call("PUT", "api/v1/people/" + person + "/ratings/2024", "{\"rating\":\"HTXSNV\"}");
        call("POST", "api/v1/commendations", "{\"awardCode\":\"LDTT\",\"recipientType\":\"PERSON\",\"recipientCode\":\""
                + person + "\",\"year\":2023,\"type\":\"THUONG_XUYEN\",\"decisionNumber\":\"15/QĐ-TH\",\"decisionDate\":\"2024-01-12\"}");
        long revoked = WebClient.json(call("POST", "api/v1/commendations", "{\"awardCode\":\"GIAY_KHEN\",\"recipientType\":\"PERSON\","
                + "\"recipientCode\":\"" + person + "\",\"year\":2023,\"type\":\"THUONG_XUYEN\",\"decisionNumber\":\"16/QĐ-TH\","
                + "\"decisionDate\":\"2024-01-12\"}")).getJsonNumber("id").longValue();
        call("POST", "api/v1/commendations/" + revoked + "/revocation", "{\"reason\":\"Trùng thành tích\","
                + "\"decisionNumber\":\"30/QĐ-TH\",\"decisionDate\":\"2024-05-02\"}");

        browser.signIn(Deployments.ADMIN, Deployments.adminPassword());
        browser.open("commendation/eligibility.xhtml");
        browser.pick("eligibilityForm:recipientCode", "thanh nhan", person);
        browser.script("PF('awardCode').selectValue('LDTT')");
        browser.script("PF('year').setValue(2024)");
        browser.click("eligibilityForm:check");
        browser.waitForText("Đủ điều kiện");
        assertThat(browser.find("checks").getText()).contains("Xếp loại từ HTTNV trở lên: 2024: HTXSNV")
                .contains("Nghị định 98/2023/NĐ-CP");
        // The rules applied, in words and with their period, not the version's code.
        assertThat(browser.bodyText()).contains("Luật TĐKT 2022 và Nghị định 98/2023/NĐ-CP").contains("01/01/2024 – ")
                .doesNotContain("ND98_2023");
        browser.screenshot("30-eligibility");

        browser.open("commendation/history.xhtml?type=PERSON&code=" + person);
        browser.waitForText("Giấy khen");
        String table = browser.find("historyTable").getText();
        assertThat(table).contains("Lao động tiên tiến").contains("Đã hủy bỏ").contains("30/QĐ-TH: Trùng thành tích")
                .contains("540.000");
        browser.screenshot("31-history");

        // A household's own page carries its commendations, with the link to the full history.
        String commune = "XA_" + run;
        String household = "HO_" + run;
        call("PUT", "api/v1/units/" + commune, "{\"name\":\"Xã Chiềng Mung " + run + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}");
        call("PUT", "api/v1/households/" + household, "{\"headName\":\"Lò Văn Pàng\",\"unitCode\":\"" + commune + "\"}");
        call("POST", "api/v1/commendations", "{\"awardCode\":\"GD_VAN_HOA\",\"recipientType\":\"HOUSEHOLD\",\"recipientCode\":\""
                + household + "\",\"year\":2024,\"type\":\"THUONG_XUYEN\",\"decisionNumber\":\"05/QĐ-UBND\",\"decisionDate\":\"2024-12-20\"}");
        browser.open("organisation/households.xhtml?code=" + household);
        browser.waitForText("05/QĐ-UBND");
        assertThat(browser.find("householdForm:headName").getAttribute("value")).isEqualTo("Lò Văn Pàng");
        assertThat(browser.find("householdForm:commendationTable").getText()).contains("20/12/2024").contains("2024");
        assertThat(browser.find("householdForm:commendationTableFull").getAttribute("href"))
                .contains("type=HOUSEHOLD").contains("code=" + household);

        String badge = "HUY_HIEU_" + run;
        browser.open("commendation/catalogue.xhtml");
        browser.type("awardForm:code", badge);
        browser.type("awardForm:name", "Huy hiệu Vì sự nghiệp phát triển tỉnh Sơn La " + run);
        browser.click("awardForm:add");
        browser.waitForText("Đã thêm " + badge + " vào danh mục.");
        assertThat(browser.find("awards").getText()).contains("Huy hiệu Vì sự nghiệp phát triển tỉnh Sơn La " + run);
        browser.type("awardForm:code", "LDTT");
        browser.type("awardForm:name", "Trùng mã");
        browser.click("awardForm:add");
        browser.waitForText("Mã \"LDTT\" đã có trong danh mục.");
        assertThat(browser.find("awardForm:name").getAttribute("value")).isEqualTo("Trùng mã");
        browser.screenshot("32-catalogue");

        browser.open("campaigns/initiatives.xhtml");
        browser.type("initiativeForm:title", "Ứng dụng bản đồ số quản lý học sinh " + run);
        browser.type("initiativeForm:decisionNumber", "21/QĐ-SGDĐT");
        browser.type("initiativeForm:authorCodes", person);
        browser.type("initiativeForm:recognisedOn_input", "15/03/2024");
        browser.find("initiativeForm:recognisedOn_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.click("initiativeForm:record");
        browser.waitForText("Đã ghi nhận sáng kiến.");
        // The registry is searched without diacritics, in the database (it lists the newest recognitions first: with
        // the run's other initiatives recognised later, this one of 2024 may well be on another page).
        browser.type("registryForm:searchText", "ung dung ban do so quan ly hoc sinh " + run.toLowerCase());
        browser.click("registryForm:search");
        browser.wait.until(d -> d.findElements(org.openqa.selenium.By.cssSelector("[id='registryForm:latest_data'] tr")).size() == 1);
        assertThat(browser.find("registryForm:latest").getText()).contains("Ứng dụng bản đồ số quản lý học sinh " + run)
                .contains("15/03/2024").contains(person);
        browser.screenshot("33-initiatives");

        // The legal basis: the texts behind verdicts and money; a base salary that would rewrite history is refused
        // next to its field, and what was typed stays.
        browser.open("commendation/rules.xhtml");
        browser.waitForText("Căn cứ pháp lý");
        assertThat(browser.find("salaryForm:salaries").getText()).contains("01/07/2026").contains("2.530.000")
                .contains("Nghị định 161/2026/NĐ-CP");
        assertThat(browser.find("coefficients").getText()).contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")
                .contains("1,5");
        browser.type("salaryForm:amount_input", "2600000");
        browser.type("salaryForm:basis", "Nghị định sửa mức cũ " + run);
        browser.type("salaryForm:effectiveFrom_input", "01/07/2026");
        browser.find("salaryForm:effectiveFrom_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.click("salaryForm:addSalary");
        browser.waitForText("các mức đã có không được sửa");
        assertThat(browser.find("salaryForm:basis").getAttribute("value")).isEqualTo("Nghị định sửa mức cũ " + run);
        browser.screenshot("34-legal-basis");
    }
}
