package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.thidua.webapp.it.Deployments;

/**
 * WCAG 2.1 AA in the browser: axe-core, injected into the sign-in page and into every page the administrator's
 * menu leads to (and the person and unit pages), reports no serious or critical violation.
 */
class AccessibilityBrowserIT extends BrowserJourney {

    @Test
    void everyPageOfTheMenuPassesAxe() throws Exception {
        List<String> failures = new ArrayList<>();
        browser.open("login.xhtml");
        browser.accessibilityViolations().forEach(v -> failures.add("login.xhtml: " + v));

        browser.signIn(Deployments.ADMIN, Deployments.adminPassword());
        Set<String> pages = new LinkedHashSet<>();
        pages.add("index.xhtml");
        for (WebElement link : browser.driver.findElements(By.cssSelector("#menu a[href]"))) {
            String href = link.getAttribute("href");
            if (href != null && href.contains(".xhtml")) {
                pages.add(href);
            }
        }
        pages.add("organisation/person.xhtml");
        assertThat(pages).as("the menu's pages").hasSizeGreaterThan(20);
        for (String page : pages) {
            browser.open(page);
            browser.accessibilityViolations().forEach(v -> failures.add(page + ": " + v));
        }
        assertThat(failures).as("serious or critical WCAG 2.1 AA violations on " + pages.size() + " pages").isEmpty();
    }
}
