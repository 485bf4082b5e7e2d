package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.thidua.webapp.it.Deployments;

/**
 * The sign-in journey in a real browser. Screenshots of the pages go to target/screenshots for people to
 * look at.
 */
class SignInBrowserIT extends BrowserJourney {

    @Test
    void signsInSeesTheHomePageInVietnameseSwitchesLanguageAndSignsOut() throws Exception {
        browser.open("");
        browser.find("login:username");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login.xhtml");
        assertThat(browser.driver.getTitle()).startsWith("Đăng nhập");
        browser.screenshot("01-sign-in");

        browser.click("login:submit");
        browser.waitForText("Vui lòng nhập tên đăng nhập.");
        assertThat(browser.bodyText()).contains("Vui lòng nhập mật khẩu.");
        browser.screenshot("02-sign-in-empty");

        browser.type("login:username", Deployments.ADMIN);
        browser.type("login:password", "sai-mat-khau");
        browser.click("login:submit");
        browser.waitForText("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(browser.find("login:username").getAttribute("value")).isEqualTo("admin");

        browser.type("login:password", Deployments.adminPassword());
        browser.click("login:submit");
        assertThat(browser.find("welcome").getText()).isEqualTo("Xin chào, admin");
        assertThat(browser.find("grants").getText()).contains("Quản trị hệ thống").contains("Tỉnh Sơn La (SON_LA)");
        assertThat(browser.find("header:username").getText()).isEqualTo("admin");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        browser.screenshot("03-home-vi");

        browser.click("header:en");
        browser.wait.until(d -> d.findElement(By.id("welcome")).getText().equals("Welcome, admin"));
        assertThat(browser.find("grants").getText()).contains("System administrator");
        browser.screenshot("04-home-en");
        browser.click("header:vi");
        browser.wait.until(d -> d.findElement(By.id("welcome")).getText().equals("Xin chào, admin"));

        browser.click("header:signOut");
        browser.waitForText("Bạn đã đăng xuất.");
        browser.open("");
        browser.find("login:username");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login.xhtml");
    }

    @Test
    void aSessionEndsWhenItsAccountIsDisabledOrItsPasswordIsReset() throws Exception {
        vn.thidua.webapp.it.WebClient api = new vn.thidua.webapp.it.WebClient(Deployments.root(deploymentUrl));
        String user = "phien" + Long.toString(System.nanoTime(), 36);
        String grants = ",\"grants\":[{\"role\":\"thidua-auditor\",\"unitCode\":\"SON_LA\"}]}";
        assertThat(api.send("PUT", "api/v1/accounts/" + user, Deployments.ADMIN, Deployments.adminPassword(),
                "{\"displayName\":\"Phiên làm việc\",\"password\":\"Mat-khau-phien-4\"" + grants).statusCode()).isEqualTo(200);
        browser.signIn(user, "Mat-khau-phien-4");
        browser.open("organisation/units.xhtml");
        assertThat(browser.driver.getCurrentUrl()).contains("units.xhtml");

        assertThat(api.send("PUT", "api/v1/accounts/" + user, Deployments.ADMIN, Deployments.adminPassword(),
                "{\"displayName\":\"Phiên làm việc\",\"enabled\":false" + grants).statusCode()).isEqualTo(200);
        browser.open("organisation/units.xhtml");
        browser.find("login:username");
        assertThat(browser.bodyText()).contains("Phiên làm việc đã kết thúc vì tài khoản vừa được thay đổi");
        browser.screenshot("05-session-ended");

        assertThat(api.send("PUT", "api/v1/accounts/" + user, Deployments.ADMIN, Deployments.adminPassword(),
                "{\"displayName\":\"Phiên làm việc\",\"enabled\":true" + grants).statusCode()).isEqualTo(200);
        browser.signIn(user, "Mat-khau-phien-4");
        assertThat(api.send("PUT", "api/v1/accounts/" + user, Deployments.ADMIN, Deployments.adminPassword(),
                "{\"displayName\":\"Phiên làm việc\",\"password\":\"Mat-khau-phien-5\"" + grants).statusCode()).isEqualTo(200);
        browser.open("");
        browser.find("login:username");
        assertThat(browser.driver.getCurrentUrl()).contains("login.xhtml");
    }
}
