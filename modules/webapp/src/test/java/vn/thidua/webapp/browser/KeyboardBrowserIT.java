package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.thidua.webapp.it.Deployments;

/**
 * A journey with the keyboard alone (WCAG 2.1.1): signing in, skipping to the content, choosing a person in a
 * picker, an award in a filtered list, and checking eligibility. Every control is reached with Tab, in the order
 * of the form, and works with the keys people use; no click anywhere.
 */
class KeyboardBrowserIT extends BrowserJourney {

    /** The element that has the keyboard's focus. */
    private WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    private String focusedId() {
        String id = focused().getAttribute("id");
        return id == null ? "" : id;
    }

    /** Presses Tab until the element with this id has the focus (at most {@code max} times). */
    private void tabTo(String id, int max) {
        java.util.List<String> passed = new java.util.ArrayList<>();
        for (int i = 0; i < max && !id.equals(focusedId()); i++) {
            focused().sendKeys(Keys.TAB);
            String html = focused().getAttribute("outerHTML");
            passed.add(html == null ? "?" : html.substring(0, Math.min(160, html.length())));
        }
        assertThat(focusedId()).as("reached with Tab, through " + passed).isEqualTo(id);
    }

    @Test
    void checksEligibilityWithTheKeyboardAlone() throws Exception {
        String unit = "TH_" + run;
        String person = "GV_" + run;
        call("PUT", "api/v1/units/" + unit, "{\"name\":\"Trường Tiểu học Chiềng Lề\",\"kind\":\"SCHOOL\",\"parentCode\":\"SON_LA\"}");
        call("PUT", "api/v1/people/" + person, "{\"fullName\":\"Quàng Thị Phương " + run + "\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"2015-09-01\",\"gender\":\"FEMALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        call("PUT", "api/v1/people/" + person + "/ratings/2024", "{\"rating\":\"HTXSNV\"}");

        browser.open("login.xhtml");
        tabTo("login:username", 30);
        focused().sendKeys(Deployments.ADMIN);
        focused().sendKeys(Keys.TAB);
        assertThat(focusedId()).isEqualTo("login:password");
        focused().sendKeys(Deployments.adminPassword(), Keys.ENTER);
        browser.find("welcome");

        // The first Tab of a page reaches the link that skips the header and the menu.
        browser.open("commendation/eligibility.xhtml");
        focused().sendKeys(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Chuyển đến nội dung chính");
        focused().sendKeys(Keys.ENTER);
        browser.wait.until(d -> d.getCurrentUrl().endsWith("#content"));

        // The person: part of the name without diacritics, Down to the suggestion, Enter to choose it.
        tabTo("eligibilityForm:recipientCode_input", 40);
        focused().sendKeys("quang thi phuong " + run.toLowerCase());
        browser.wait.until(d -> !d.findElements(By.cssSelector("[id='eligibilityForm:recipientCode_panel'] tr[data-item-value='"
                + person + "']")).isEmpty() && d.findElement(By.id("eligibilityForm:recipientCode_panel")).isDisplayed());
        focused().sendKeys(Keys.ARROW_DOWN);
        focused().sendKeys(Keys.ENTER);
        browser.wait.until(d -> person.equals(d.findElement(By.id("eligibilityForm:recipientCode_hinput")).getAttribute("value")));

        // The award: the list opens with Alt+Down, its filter takes the typed words, Enter chooses the one left.
        tabTo("eligibilityForm:awardCode_label", 5);
        focused().sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        browser.wait.until(d -> d.findElement(By.id("eligibilityForm:awardCode_filter")).isDisplayed());
        // The filter takes the focus once the panel has finished opening (a clean-clone CI read the focus a moment
        // before: still on the label); five seconds without it is the failure.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5))
                .withMessage("the focus moves to the list's filter")
                .until(d -> "eligibilityForm:awardCode_filter".equals(focusedId()));
        focused().sendKeys("lao động tiên tiến");
        // Down through what the filter left ("Tập thể lao động tiên tiến" too) to the individual title, as one reads.
        By highlighted = By.cssSelector("[id='eligibilityForm:awardCode_panel'] li.ui-state-highlight");
        for (int i = 0; i < 8 && browser.driver.findElements(highlighted).stream()
                .noneMatch(e -> e.getText().startsWith("Lao động tiên tiến (")); i++) {
            focused().sendKeys(Keys.ARROW_DOWN);
        }
        focused().sendKeys(Keys.ENTER);
        browser.wait.until(d -> "LDTT".equals(d.findElement(By.id("eligibilityForm:awardCode_input")).getAttribute("value")));

        tabTo("eligibilityForm:year_input", 5);
        focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), "2024");
        tabTo("eligibilityForm:check", 10);
        browser.screenshot("35-keyboard-focus");
        // The focused control shows that it has the focus (2.4.7): an outline or a ring, never nothing.
        String outline = focused().getCssValue("outline-style") + " " + focused().getCssValue("box-shadow");
        assertThat(outline).as("focus indicator").isNotEqualTo("none none");
        focused().sendKeys(Keys.ENTER);
        browser.waitForAjax();
        browser.screenshot("36-keyboard-verdict");
        browser.waitForText("Đủ điều kiện");
        assertThat(browser.find("checks").getText()).contains("2024: HTXSNV");
    }
}
