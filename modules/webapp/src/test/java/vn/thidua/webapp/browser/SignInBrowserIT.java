package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.webapp.it.Deployments;

/**
 * The sign-in journey in a real browser: Debian's headless Chromium driven through its own chromedriver (no
 * driver download). Screenshots of the pages go to target/screenshots for people to look at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    @ArquillianResource
    private URL deploymentUrl;

    private WebDriver browser;
    private WebDriverWait wait;
    private URI root;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void openBrowser() {
        root = Deployments.root(deploymentUrl);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("thidua.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("thidua.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signsInSeesTheHomePageInVietnameseSwitchesLanguageAndSignsOut() throws IOException {
        browser.get(root.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
        assertThat(browser.getTitle()).startsWith("Đăng nhập");
        screenshot("01-sign-in");

        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("body"), "Vui lòng nhập tên đăng nhập."));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Vui lòng nhập mật khẩu.");
        screenshot("02-sign-in-empty");

        browser.findElement(By.id("login:username")).sendKeys(Deployments.ADMIN);
        browser.findElement(By.id("login:password")).sendKeys("sai-mat-khau");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("body"), "Tên đăng nhập hoặc mật khẩu không đúng"));
        assertThat(browser.findElement(By.id("login:username")).getAttribute("value")).isEqualTo("admin");

        browser.findElement(By.id("login:password")).sendKeys(Deployments.adminPassword());
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertThat(browser.findElement(By.id("welcome")).getText()).isEqualTo("Xin chào, admin");
        assertThat(browser.findElement(By.id("grants")).getText())
                .contains("Quản trị hệ thống").contains("Tỉnh Sơn La (SON_LA)");
        assertThat(browser.findElement(By.id("header:username")).getText()).isEqualTo("admin");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        screenshot("03-home-vi");

        browser.findElement(By.id("header:en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("welcome"), "Welcome, admin"));
        assertThat(browser.findElement(By.id("grants")).getText()).contains("System administrator");
        screenshot("04-home-en");
        browser.findElement(By.id("header:vi")).click();
        wait.until(ExpectedConditions.textToBe(By.id("welcome"), "Xin chào, admin"));

        browser.findElement(By.id("header:signOut")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "Bạn đã đăng xuất."));
        browser.get(root.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
    }

    private void screenshot(String name) throws IOException {
        Path directory = Path.of(System.getProperty("thidua.it.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
