package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.thidua.webapp.it.Deployments;

/**
 * The reporting screens: the dashboard draws its charts; form 0603 of a district shows its figures, a figure opens
 * exactly its records; a sent report keeps its figures and a later record shows as a difference.
 */
class ReportingBrowserIT extends BrowserJourney {

    private void record(String award, String type, String code, String date) throws Exception {
        call("POST", "api/v1/commendations", "{\"awardCode\":\"" + award + "\",\"recipientType\":\"" + type
                + "\",\"recipientCode\":\"" + code + "\",\"year\":2025,\"type\":\"THUONG_XUYEN\",\"decisionNumber\":\""
                + award + "-" + code + "\",\"decisionDate\":\"" + date + "\"}");
    }

    @Test
    void dashboardChartsAndAFigureThatOpensItsRecords() throws Exception {
        String district = "HM_" + run;
        call("PUT", "api/v1/units/" + district, "{\"name\":\"Huyện Mường La " + run + "\",\"kind\":\"DISTRICT\",\"parentCode\":\"SON_LA\"}");
        List<String> communes = List.of("XA1_" + run, "XA2_" + run, "XA3_" + run);
        for (String commune : communes) {
            call("PUT", "api/v1/units/" + commune, "{\"name\":\"Xã " + commune + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"" + district + "\"}");
        }
        for (int i = 0; i < 4; i++) {
            String person = "CB" + i + "_" + run;
            call("PUT", "api/v1/people/" + person, "{\"fullName\":\"Lường Văn " + (char) ('A' + i) + "\",\"unitCode\":\""
                    + communes.get(i % 3) + "\",\"gender\":\"MALE\",\"positionCategory\":\""
                    + (i < 3 ? "DIRECT_WORKER" : "OTHER_LEADER") + "\"}");
            record("BANG_KHEN_TINH", "PERSON", person, "2025-0" + (i + 2) + "-10");
        }
        record("BANG_KHEN_TINH", "UNIT", communes.get(0), "2025-05-20");
        record("CO_TD_TINH", "UNIT", communes.get(1), "2025-06-20");

        browser.signIn(Deployments.ADMIN, Deployments.adminPassword());
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1900));
        browser.open("reporting/dashboard.xhtml");
        browser.script("PF('dashboardYear').setValue(2025)");
        browser.type("filter:unitCode_input", district);
        browser.click("filter:show");
        browser.wait.until(d -> d.findElement(By.id("kpiCommended")).getText().startsWith("6"));
        assertThat(browser.find("kpiDirect").getText()).contains("75,0%").contains("3/4");
        assertThat(browser.find("kpiGrassroots").getText()).contains("100,0%");
        // No nomination of the new district is in progress: that chart says so in words instead of bare axes.
        assertThat(browser.find("stateChartEmpty").getText()).isEqualTo("Không có hồ sơ đề nghị nào đang xử lý.");
        for (String chart : List.of("awardChart", "trendChart", "unitChart")) {
            Object drawn = ((JavascriptExecutor) browser.driver).executeScript(
                    "const c = document.querySelector('[id=\"" + chart + "\"] canvas, canvas[id^=\"" + chart + "\"]');"
                            + " return c ? c.width : 0;");
            assertThat(((Number) drawn).intValue()).as(chart + " drawn").isPositive();
        }
        browser.screenshot("60-dashboard");
        browser.script("PF('dashboardYear').setValue(2019)");
        browser.click("filter:show");
        browser.wait.until(d -> d.findElement(By.id("kpiCommended")).getText().startsWith("0"));
        assertThat(browser.find("awardChartEmpty").getText()).isEqualTo("Chưa có dữ liệu khen thưởng cho năm 2019.");
        assertThat(browser.find("unitChartEmpty").getText()).isEqualTo("Chưa có dữ liệu khen thưởng cho năm 2019.");
        assertThat(browser.driver.findElements(By.cssSelector("[id^='awardChart'] canvas"))).isEmpty();

        browser.open("reporting/reports.xhtml");
        browser.script("PF('reportForm').selectValue('0603')");
        browser.script("PF('reportYear').setValue(2025)");
        browser.type("reportForm:unitCode_input", district);
        browser.click("reportForm:show");
        WebElement total = browser.wait.until(d -> d.findElement(By.cssSelector("a.cell-total-total")));
        assertThat(total.getText()).isEqualTo("6");
        assertThat(browser.driver.findElement(By.cssSelector("a.cell-directWorker-BANG_KHEN_TINH")).getText()).isEqualTo("3");
        browser.screenshot("61-report-0603");

        browser.driver.findElement(By.cssSelector("a.cell-individual-BANG_KHEN_TINH")).click();
        browser.waitForAjax();
        browser.waitForText("4 bản ghi");
        assertThat(browser.driver.findElements(By.cssSelector("[id='records_data'] tr"))).hasSize(4);
        assertThat(browser.find("records").getText()).contains("Lường Văn A").contains("Lường Văn D");
        browser.screenshot("62-report-cell-records");

        browser.click("actions:send");
        browser.waitForText("Số liệu hiện tại khớp với bản đã gửi.");
        call("PUT", "api/v1/people/CB9_" + run, "{\"fullName\":\"Lường Thị Xuân\",\"unitCode\":\"" + communes.get(2)
                + "\",\"gender\":\"FEMALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        record("BANG_KHEN_TINH", "PERSON", "CB9_" + run, "2025-11-11");
        browser.click("reportForm:show");
        browser.waitForText("Số liệu hiện tại khác bản đã gửi");
        assertThat(browser.bodyText()).contains("Tổng số × Tổng số: 6 → 7");
        browser.screenshot("63-report-difference");
    }
}
