package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The screens people use most hold from a 1024-pixel laptop to a 1920-pixel screen: nothing spills sideways, no
 * two fields of a form overlap, a date field keeps its calendar button beside it. Each screen is also kept as a
 * screenshot per width (80-layout-…) to be looked at.
 */
class LayoutBrowserIT extends BrowserJourney {

    private static final String PASSWORD = "Mật-khẩu-bố-cục-2026";
    private static final List<Dimension> WINDOWS = List.of(new Dimension(1024, 768), new Dimension(1920, 1080));

    /** What does not hold on the page as it stands, one line each; empty when it all holds. */
    @SuppressWarnings("unchecked")
    private List<String> broken() {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript("""
                var out = [];
                var doc = document.documentElement;
                if (doc.scrollWidth > window.innerWidth + 1) {
                    out.push('page wider than the window: ' + doc.scrollWidth + ' > ' + window.innerWidth);
                }
                var shown = function (e) { return e.offsetParent !== null; };
                var fields = Array.from(document.querySelectorAll('.thidua-field')).filter(shown);
                for (var i = 0; i < fields.length; i++) {
                    for (var j = i + 1; j < fields.length; j++) {
                        if (fields[i].contains(fields[j]) || fields[j].contains(fields[i])) { continue; }
                        var a = fields[i].getBoundingClientRect(), b = fields[j].getBoundingClientRect();
                        var w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                        var h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                        if (w > 2 && h > 2) {
                            out.push('fields overlap: ' + (fields[i].textContent || '').trim().substring(0, 30)
                                + ' / ' + (fields[j].textContent || '').trim().substring(0, 30));
                        }
                    }
                }
                document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
                    var input = button.parentElement.querySelector('input');
                    if (shown(button) && input) {
                        var a = input.getBoundingClientRect(), b = button.getBoundingClientRect();
                        if (Math.abs(a.top - b.top) > 4 || b.left < a.right - 2) {
                            out.push('calendar button not beside its field: ' + input.id);
                        }
                    }
                });
                return out;
                """);
    }

    private void look(String page, String name) throws Exception {
        for (Dimension window : WINDOWS) {
            browser.driver.manage().window().setSize(window);
            browser.open(page);
            browser.waitForAjax();
            browser.screenshot("80-layout-" + name + "-" + window.getWidth());
            assertThat(broken()).as(page + " at " + window.getWidth() + " px").isEmpty();
        }
    }

    @Test
    void theMostUsedScreensHoldFromALaptopToAWideScreen() throws Exception {
        String unit = "TH_" + run;
        String person = "GV_" + run;
        call("PUT", "api/v1/units/" + unit, "{\"name\":\"Trường Tiểu học Chiềng An " + run + "\",\"kind\":\"SCHOOL\",\"parentCode\":\"SON_LA\"}");
        call("PUT", "api/v1/people/" + person, "{\"fullName\":\"Lò Thị Xuân\",\"unitCode\":\"" + unit
                + "\",\"unitSince\":\"2014-09-01\",\"gender\":\"FEMALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        call("PUT", "api/v1/people/" + person + "/ratings/2025", "{\"rating\":\"HTXSNV\"}");
        call("POST", "api/v1/commendations", "{\"awardCode\":\"LDTT\",\"recipientType\":\"PERSON\",\"recipientCode\":\""
                + person + "\",\"year\":2024,\"type\":\"THUONG_XUYEN\",\"decisionNumber\":\"12/QĐ-TH\",\"decisionDate\":\"2025-01-10\"}");
        for (String[] account : new String[][] {{"canbo", "thidua-unit-officer"}, {"chuyenvien", "thidua-specialist"}}) {
            call("PUT", "api/v1/accounts/" + account[0] + run.toLowerCase(), "{\"displayName\":\"" + account[0]
                    + "\",\"password\":\"" + PASSWORD + "\",\"enabled\":true,\"grants\":[{\"role\":\"" + account[1]
                    + "\",\"unitCode\":\"" + unit + "\"}]}");
        }

        signInAs("canbo" + run.toLowerCase(), PASSWORD);
        look("", "home-officer");
        look("organisation/person.xhtml?code=" + person, "person");
        look("reporting/reports.xhtml", "reports");
        signInAs("chuyenvien" + run.toLowerCase(), PASSWORD);
        look("", "home-specialist");
        look("commendation/eligibility.xhtml", "eligibility");
    }
}
