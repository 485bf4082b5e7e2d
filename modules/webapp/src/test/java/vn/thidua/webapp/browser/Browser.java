package vn.thidua.webapp.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (Selenium Manager never downloads a driver),
 * with the waits PrimeFaces pages need: until the AJAX queue is empty, never by sleeping.
 */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;
    private final URI root;
    private static String axeSource;
    /** Closes a picker's suggestions (its PrimeFaces widget's hide) and leaves the field: arguments field, id. */
    private static final String HIDE_SUGGESTIONS = "var w = window.PrimeFaces && PrimeFaces.getWidgetById"
            + " ? PrimeFaces.getWidgetById(arguments[1]) : null;"
            + " if (w && w.hide) { w.hide(); } else { document.getElementById(arguments[1] + '_panel').style.display = 'none'; }"
            + " arguments[0].blur();";

    Browser(URI root) {
        this.root = root;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("thidua.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("thidua.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // A condition that reads an element the page replaced meanwhile (a language switch, an AJAX update) asks
        // again rather than failing: SignInBrowserIT's "welcome" went stale once between finding and reading it.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    void open(String path) {
        driver.get(root.resolve(path).toString());
        waitForAjax();
    }

    WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    void type(String id, String text) {
        WebElement field = enter(id, text);
        if (id.endsWith("_input") && String.valueOf(field.getAttribute("class")).contains("ui-autocomplete-input")) {
            // A code typed into a picker, as a person who knows it would: let the suggestions come, then leave the
            // field so that they cover nothing the next step clicks — through the picker's widget, not by a key:
            // Escape also closes a dialog around it, Tab focuses the next field (a date field opens its calendar).
            By panel = By.id(id.substring(0, id.length() - "_input".length()) + "_panel");
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.visibilityOfElementLocated(panel));
            } catch (org.openqa.selenium.TimeoutException noSuggestion) {
                // Nothing matched (or the query was too short): nothing to close.
            }
            // The search starts after the picker's query delay and its answer may come after a first close (a busy
            // machine, CI 29/11): close again until the list stays closed.
            String picker = id.substring(0, id.length() - "_input".length());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            do {
                waitForAjax();
                ((JavascriptExecutor) driver).executeScript(HIDE_SUGGESTIONS, field, picker);
                pause(Duration.ofMillis(400));
                waitForAjax();
            } while (!driver.findElements(panel).isEmpty() && driver.findElement(panel).isDisplayed()
                    && System.nanoTime() < deadline);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private WebElement enter(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
        return field;
    }

    /**
     * Chooses a record in a picker as a person would: types part of its name into the field, waits for the
     * suggestion that carries {@code code} and clicks it; the field then holds the code.
     */
    void pick(String id, String typed, String code) {
        enter(id + "_input", typed);
        By line = By.cssSelector("[id='" + id + "_panel'] tr[data-item-value='" + code + "']");
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(line));
        suggestion.click();
        // The field shows the chosen line's name and code; the hidden field it submits holds the code.
        wait.until(d -> code.equals(d.findElement(By.id(id + "_hinput")).getAttribute("value")));
        org.assertj.core.api.Assertions.assertThat(driver.findElement(By.id(id + "_input")).getAttribute("value"))
                .endsWith(" — " + code);
        waitForAjax();
    }

    /**
     * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page as it stands, one line each
     * (rule, impact, help and the first elements concerned); empty when there are none.
     */
    java.util.List<String> accessibilityViolations() throws IOException {
        if (axeSource == null) {
            try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                   .then(function (r) {
                       done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                           .map(function (v) {
                               return v.id + ' (' + v.impact + '): ' + v.help + ' at '
                                   + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');
                           }));
                   })
                   .catch(function (e) { done(['axe failed: ' + e]); });
                """);
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    /** Clicks as a person would: the element brought to the middle of the window first, clear of the fixed footer. */
    void click(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForAjax();
    }

    void script(String js) {
        ((JavascriptExecutor) driver).executeScript(js);
        waitForAjax();
    }

    /**
     * Until the body shows the text. A page being replaced under the read answers Chromium's "node does not belong
     * to the document" (not a stale-element error), so any driver error while reading counts as "not yet".
     */
    void waitForText(String text) {
        wait.until(d -> {
            try {
                return d.findElement(By.tagName("body")).getText().contains(text);
            } catch (org.openqa.selenium.WebDriverException pageBeingReplaced) {
                return false;
            }
        });
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Until the page is loaded, jQuery is idle and the PrimeFaces AJAX queue is empty. */
    void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    void signIn(String username, String password) {
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    }

    void screenshot(String name) throws IOException {
        Path directory = Path.of(System.getProperty("thidua.it.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
