package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.thidua.webapp.it.Deployments;

/**
 * An administrator grants a unit officer on one commune; the officer signs in and sees only that commune and
 * its people, and the accounts page answers with the friendly 403 page.
 */
class AccessBrowserIT extends BrowserJourney {

    private static final String OFFICER_PASSWORD = "Mat-khau-can-bo-1";

    private void put(String path, String json) throws Exception {
        HttpResponse<String> response = api.send("PUT", path, Deployments.ADMIN, Deployments.adminPassword(), json);
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }

    @Test
    void aGrantedUnitOfficerSeesOnlyTheirUnit() throws Exception {
        String mine = "XA_MINE_" + run;
        String other = "XA_OTHER_" + run;
        put("api/v1/units/" + mine, "{\"name\":\"Xã Mường Giàng " + run + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}");
        put("api/v1/units/" + other, "{\"name\":\"Xã Chiềng Khoa " + run + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}");
        put("api/v1/people/CB_MINE_" + run, "{\"fullName\":\"Lò Thị Mến " + run + "\",\"unitCode\":\"" + mine
                + "\",\"gender\":\"FEMALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        put("api/v1/people/CB_OTHER_" + run, "{\"fullName\":\"Hà Văn Khoa " + run + "\",\"unitCode\":\"" + other
                + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\"}");

        String officer = "canbo" + run.toLowerCase();
        browser.signIn(Deployments.ADMIN, Deployments.adminPassword());
        browser.open("organisation/accounts.xhtml");
        browser.click("search:new");
        browser.type("accountForm:username", officer);
        browser.type("accountForm:displayName", "Cán bộ xã Mường Giàng");
        browser.type("accountForm:password", OFFICER_PASSWORD);
        browser.type("accountForm:grants:0:unitCode_input", mine);
        browser.click("accountForm:save");
        browser.waitForText("Đã lưu tài khoản " + officer);
        browser.screenshot("20-accounts");
        browser.open("audit.xhtml");
        browser.driver.findElement(By.cssSelector("#trail\\:table .ui-row-toggler")).click();
        browser.waitForAjax();
        browser.wait.until(d -> !d.findElements(By.cssSelector(".thidua-diff")).isEmpty());
        browser.click("filters:verify");
        browser.waitForText("Chuỗi nhật ký toàn vẹn");
        browser.screenshot("23-audit");
        browser.click("header:signOut");
        browser.waitForText("Bạn đã đăng xuất.");

        browser.signIn(officer, OFFICER_PASSWORD);
        assertThat(browser.find("grants").getText()).contains("Cán bộ phụ trách của đơn vị").contains(mine);
        browser.open("organisation/people.xhtml");
        browser.type("filters:text", run.toLowerCase());
        browser.waitForAjax();
        browser.wait.until(d -> d.findElement(By.id("people:table")).getText().contains("CB_MINE_" + run));
        assertThat(browser.find("people:table").getText()).doesNotContain("CB_OTHER_" + run);
        browser.screenshot("21-officer-people");
        // A unit can be chosen in the units' tree too; the officer's tree starts at the officer's own unit.
        browser.driver.findElement(By.cssSelector("[id='filters:unit'] ~ .thidua-tree-button")).click();
        browser.wait.until(d -> d.findElement(By.id("unitTreeForm:unitTree")).getText().contains("Xã Mường Giàng " + run));
        assertThat(browser.find("unitTreeForm:unitTree").getText()).doesNotContain("Tỉnh Sơn La")
                .doesNotContain("Xã Chiềng Khoa " + run);
        browser.screenshot("24-unit-tree");
        browser.driver.findElement(By.xpath("//*[@id='unitTreeForm:unitTree']//span[contains(@class,'ui-treenode-label')]"
                + "[contains(., 'Xã Mường Giàng " + run + "')]")).click();
        browser.wait.until(d -> mine.equals(d.findElement(By.id("filters:unit_hinput")).getAttribute("value")));
        assertThat(browser.find("filters:unit_input").getAttribute("value")).isEqualTo("Xã Mường Giàng " + run + " — " + mine);
        browser.waitForAjax();
        browser.wait.until(d -> d.findElement(By.id("people:table")).getText().contains("CB_MINE_" + run));

        browser.open("organisation/units.xhtml");
        String tree = browser.find("treeForm:tree").getText();
        assertThat(tree).contains("Xã Mường Giàng " + run).doesNotContain("Xã Chiềng Khoa " + run)
                .doesNotContain("Tỉnh Sơn La");

        browser.open("organisation/accounts.xhtml");
        browser.waitForText("Không có quyền truy cập");
        browser.screenshot("22-officer-forbidden");
        browser.open("organisation/person.xhtml?code=CB_OTHER_" + run);
        browser.waitForText("Bạn không có quyền");
    }
}
