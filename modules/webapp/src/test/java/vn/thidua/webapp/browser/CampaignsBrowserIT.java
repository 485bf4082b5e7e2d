package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import vn.thidua.webapp.it.Deployments;

/**
 * The emulation journey on screens: a specialist launches a thematic movement for two clusters; a unit registers
 * its people from an .xlsx file and sends the registration up; two units score themselves; the cluster head confirms
 * (adjusting one point with a reason) and publishes the ranking, which drafts the flag nomination; the honour board
 * shows an exemplar with its photo.
 */
class CampaignsBrowserIT extends BrowserJourney {

    private static final String PASSWORD = "Thi-dua-cum-1";

    private final int year = vn.thidua.platform.ProvinceClock.thisYear();

    private void account(String username, String role, String unit) throws Exception {
        call("PUT", "api/v1/accounts/" + username, "{\"displayName\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"grants\":[{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\"}]}");
    }

    private void signInAs(String username) {
        browser.driver.manage().deleteAllCookies();
        browser.signIn(username, PASSWORD);
    }

    private void cluster(String code, String name, String head, String deputy, String... members) throws Exception {
        call("PUT", "api/v1/clusters/" + year + "/" + code, "{\"name\":\"" + name + "\",\"kind\":\"AREA\",\"headUnitCode\":\""
                + head + "\",\"deputyUnitCode\":\"" + deputy + "\",\"unitCodes\":[\"" + String.join("\",\"", members)
                + "\"],\"certificateCount\":1,\"criteria\":[{\"name\":\"Phát triển kinh tế - xã hội\",\"maxPoints\":50},"
                + "{\"name\":\"Xây dựng Đảng, chính quyền\",\"maxPoints\":30},"
                + "{\"name\":\"Mô hình mới, cách làm hay\",\"kind\":\"BONUS\",\"maxPoints\":5},"
                + "{\"name\":\"Vi phạm, chậm báo cáo\",\"kind\":\"PENALTY\",\"maxPoints\":5}]}");
    }

    private void score(String first, String second, String bonus, String penalty) {
        browser.type("scoreForm:points-1", first);
        browser.type("scoreForm:evidence-1", "Báo cáo kinh tế - xã hội năm " + year);
        browser.type("scoreForm:points-2", second);
        browser.type("scoreForm:points-3", bonus);
        browser.type("scoreForm:points-4", penalty);
        browser.click("scoreForm:submit");
        browser.waitForText("Đã gửi bảng điểm cho cụm trưởng.");
    }

    @Test
    void launchRegisterScoreConfirmRankAndHonour() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            browser.screenshot("failed-campaigns");
            throw new AssertionError("Page at the failure (" + browser.driver.getCurrentUrl() + "):\n"
                    + browser.bodyText(), e);
        }
    }

    private void journey() throws Exception {
        String[] units = {"MS_" + run, "YC_" + run, "TC_" + run, "MC_" + run, "VH_" + run};
        String[] names = {"Xã Mai Sơn " + run, "Xã Yên Châu " + run, "Xã Thuận Châu " + run, "Xã Mộc Châu " + run, "Xã Vân Hồ " + run};
        for (int i = 0; i < units.length; i++) {
            call("PUT", "api/v1/units/" + units[i], "{\"name\":\"" + names[i] + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}");
        }
        String person1 = "CB1_" + run;
        String person2 = "CB2_" + run;
        for (String p : new String[] {person1, person2}) {
            call("PUT", "api/v1/people/" + p, "{\"fullName\":\"" + (p.equals(person1) ? "Lò Thị Hoa" : "Cầm Văn Thắng")
                    + "\",\"unitCode\":\"" + units[1] + "\",\"unitSince\":\"2015-01-01\",\"gender\":\"FEMALE\","
                    + "\"positionCategory\":\"DIRECT_WORKER\"}");
        }
        String west = "CUM_TAY_" + run;
        String east = "CUM_DONG_" + run;
        cluster(west, "Cụm thi đua số 1 " + run, units[0], units[1], units[0], units[1], units[2]);
        cluster(east, "Cụm thi đua số 2 " + run, units[3], units[4], units[3], units[4]);
        account("cv_" + run, "thidua-specialist", "SON_LA");
        account("head_" + run, "thidua-unit-officer", units[0]);
        account("yc_" + run, "thidua-unit-officer", units[1]);

        // 1. The specialist drafts a thematic movement for the two clusters and launches it.
        String movement = "PT_" + run;
        signInAs("cv_" + run);
        browser.open("campaigns/movements.xhtml");
        browser.type("movementForm:code", movement);
        browser.type("movementForm:name", "Thi đua chung sức xây dựng nông thôn mới " + run);
        browser.type("movementForm:theme", "Nông thôn mới");
        browser.type("movementForm:slogan", "Chung sức, đồng lòng");
        browser.script("PF('movementScope').selectValue('CLUSTER')");
        browser.type("movementForm:unitCode_input", "SON_LA");
        browser.type("movementForm:targets", "100% xã đạt tiêu chí về thu nhập");
        // The dates are set as typed text without opening the calendars, whose overlay could cover the buttons.
        browser.script("document.getElementById('movementForm:startsOn_input').value = '01/01/" + year + "';"
                + " document.getElementById('movementForm:endsOn_input').value = '31/12/" + year + "';");
        browser.script("document.querySelectorAll(\"[id='movementForm:clusterCodes'] input[type=checkbox]\").forEach("
                + "c => { if (c.value === '" + west + "' || c.value === '" + east + "') c.checked = true; })");
        browser.click("movementForm:create");
        browser.wait.until(d -> d.getCurrentUrl().contains("movement.xhtml"));
        browser.waitForText("Dự thảo");
        browser.click("actions:advance");
        browser.waitForText("Đã phát động");
        assertThat(browser.bodyText()).contains("Đơn vị tham gia (5)").contains(names[4]);

        // 2. A unit registers its people from an .xlsx file and sends the registration up.
        signInAs("yc_" + run);
        browser.open("campaigns/registrations.xhtml");
        browser.type("registrationForm:unitCode_input", units[1]);
        browser.script("PF('regMovement').selectValue('" + movement + "')");
        browser.driver.findElement(By.cssSelector("#importForm\\:importFile input[type=file]"))
                .sendKeys(registrationFile(person1, "LDTT", person2, "CSTDCS", "", "LDTT", person2, "KHONG_CO").toString());
        browser.waitForText("Đã thêm 2 cá nhân từ tệp; 2 dòng lỗi.");
        assertThat(browser.bodyText()).contains("Dòng 4: thiếu mã cán bộ");
        browser.click("registrationForm:save");
        browser.waitForText("Đã lưu bản đăng ký.");
        browser.driver.findElement(By.xpath("//tr[contains(., '" + names[1] + "')]//button[contains(@id, 'submit')]")).click();
        browser.waitForAjax();
        browser.waitForText("Đã gửi cấp trên");
        browser.screenshot("51-registrations");

        // 3. Two units score themselves on screen; the third through the API.
        browser.open("campaigns/cluster.xhtml?code=" + west + "&year=" + year);
        score("45", "28", "3", "0");
        call("PUT", "api/v1/clusters/" + year + "/" + west + "/scores/" + units[2], "{\"submit\":true,\"scores\":["
                + "{\"position\":1,\"points\":40},{\"position\":2,\"points\":25},{\"position\":3,\"points\":0},{\"position\":4,\"points\":1}]}");
        signInAs("head_" + run);
        browser.open("campaigns/cluster.xhtml?code=" + west + "&year=" + year);
        score("48", "29", "5", "1");

        // 4. The head confirms the others, lowering one point with a reason; the deputy confirms the head's sheet.
        chooseUnitToConfirm(names[1]);
        browser.type("confirmForm:points-2", "26");
        browser.click("confirmForm:confirm");
        browser.waitForText("khác điểm đơn vị tự chấm");
        assertThat(browser.find("confirmForm:points-2").getAttribute("value")).isEqualTo("26");
        browser.type("confirmForm:reason-2", "Chưa có minh chứng về chuyển đổi số");
        browser.click("confirmForm:confirm");
        browser.waitForText("Đã xác nhận bảng điểm.");
        chooseUnitToConfirm(names[2]);
        browser.click("confirmForm:confirm");
        browser.waitForText("Đã xác nhận bảng điểm.");
        assertThat(api.send("POST", "api/v1/clusters/" + year + "/" + west + "/scores/" + units[0] + "/confirmation",
                "yc_" + run, PASSWORD, "{}").statusCode()).isEqualTo(200);

        // 5. The ranking shows, with its tie rule; the office publishes it.
        signInAs("cv_" + run);
        browser.open("campaigns/cluster.xhtml?code=" + west + "&year=" + year);
        String ranking = browser.find("ranking").getText();
        assertThat(ranking.indexOf(names[0])).isLessThan(ranking.indexOf(names[1]));
        assertThat(ranking.indexOf(names[1])).isLessThan(ranking.indexOf(names[2]));
        assertThat(ranking).contains("81").contains("74").contains("64");
        browser.click("rankingForm:publish");
        browser.waitForText("Đã công bố kết quả xếp hạng");
        assertThat(browser.bodyText()).contains("Cờ thi đua của UBND tỉnh").contains("Quy tắc xếp hạng");
        browser.screenshot("52-cluster-ranking");
        JsonObject batch = Json.createReader(new StringReader(call("GET", "api/v1/nominations?unitCode=SON_LA&year=" + year,
                null).body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("title").contains(run)).findFirst().orElseThrow();
        assertThat(batch.getJsonArray("nominees").getValuesAs(JsonObject.class))
                .extracting(n -> n.getString("recipientCode") + ":" + n.getString("awardCode"))
                .containsExactly(units[0] + ":CO_TD_TINH", units[1] + ":BANG_KHEN_TINH");

        // 6. The specialist records an exemplar with a photo; the honour board shows it.
        browser.open("campaigns/honour.xhtml");
        browser.type("exemplarForm:code", person1);
        browser.script("PF('exemplarMovement').selectValue('" + movement + "')");
        browser.type("exemplarForm:story", "Chị Hoa vận động bà con hiến 2.000 m² đất làm đường nội bản.");
        browser.driver.findElement(By.cssSelector("#exemplarForm input[type=file]")).sendKeys(photo().toString());
        browser.click("exemplarForm:record");
        browser.waitForText("Đã ghi nhận điển hình tiên tiến.");
        assertThat(browser.find("board").getText()).contains("Lò Thị Hoa").contains("hiến 2.000 m²");
        Object width = ((JavascriptExecutor) browser.driver).executeScript(
                "const i = document.querySelector('#board img'); return i && i.complete ? i.naturalWidth : 0;");
        assertThat(((Number) width).intValue()).as("the photo is served and shown").isEqualTo(320);
        browser.screenshot("53-honour-board");

        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 2600));
        browser.open("campaigns/movement.xhtml?code=" + movement);
        assertThat(browser.bodyText()).contains("Lò Thị Hoa").contains(names[1]).contains("Cụm thi đua số 1 " + run);
        browser.screenshot("50-movement");
    }

    /**
     * As a user does: choosing the unit fires the menu's change (and the form is filled with its points). A click on
     * the item while the panel is still opening can be lost (seen on PostgreSQL in CI: the form kept the first unit),
     * so the choice is checked on the menu's label and made again when it did not take.
     */
    private void chooseUnitToConfirm(String name) {
        By item = By.cssSelector("[id='confirmForm:confirmingUnit_items'] li[data-label='" + name + "']");
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.click("confirmForm:confirmingUnit");
            // After the form's AJAX update the menu's old panel can linger, hidden, in the body beside the new one:
            // the item to click is the one that shows.
            WebElement shown = browser.wait.until(d -> d.findElements(item).stream().filter(e -> {
                try {
                    return e.isDisplayed();
                } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                    return false;
                }
            }).findFirst().orElse(null));
            shown.click();
            browser.waitForAjax();
            if (name.equals(browser.find("confirmForm:confirmingUnit_label").getText().strip())) {
                return;
            }
        }
        throw new AssertionError("The menu did not take the unit " + name);
    }

    private static Path registrationFile(String... cells) throws Exception {
        Path file = Files.createTempFile("dang-ky", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("DangKy");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã cán bộ");
            header.createCell(1).setCellValue("Danh hiệu đăng ký");
            for (int i = 0; i < cells.length; i += 2) {
                Row row = sheet.createRow(i / 2 + 1);
                row.createCell(0).setCellValue(cells[i]);
                row.createCell(1).setCellValue(cells[i + 1]);
            }
            workbook.write(out);
        }
        return file;
    }

    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(183, 28, 28));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(249, 168, 37));
        g.fillOval(110, 70, 100, 100);
        g.dispose();
        Path file = Files.createTempFile("dien-hinh", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
