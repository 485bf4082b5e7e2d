package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import vn.thidua.webapp.it.Deployments;
import vn.thidua.webapp.it.WebClient;

/**
 * Everything a user types stays text: an ordinary account writes the two classic payloads into every free-text
 * field it can reach (unit, person, household, movement, cluster and its criteria, initiative, batch, account display
 * name, revocation reason), then the province's administrator, an auditor and the officer open every page that
 * shows them in a real browser. A dialog opened by any script, or a script that ran (it would set a marker on the
 * window), fails the test.
 */
class ScriptInjectionBrowserIT extends BrowserJourney {

    private static final String PASSWORD = "Mat-khau-kich-ban-3";
    private static final String CLOSE_SCRIPT = "x</script><img src=x onerror=alert(1)><img src=x onerror=window.__ran=1>";
    private static final String BREAK_ATTRIBUTE = "\"'><svg onload=alert(1)><svg onload=window.__ran=1>";

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private HttpResponse<String> as(String user, String password, String method, String path, String body) throws Exception {
        HttpResponse<String> response = api.send(method, path, user, password, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return response;
    }

    private void admin(String method, String path, String body) throws Exception {
        as(Deployments.ADMIN, Deployments.adminPassword(), method, path, body);
    }

    @Test
    void hostileTextInEveryFieldRunsNowhere() throws Exception {
        String unit = "XSS_" + run;
        String other = "XSO_" + run;
        String officer = "xo" + run.toLowerCase();
        String auditor = "xa" + run.toLowerCase();
        admin("PUT", "api/v1/units/" + unit, "{\"name\":\"Xã thử\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}");
        admin("PUT", "api/v1/units/" + other, "{\"name\":\"Xã bên cạnh\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}");
        admin("PUT", "api/v1/accounts/" + officer, "{\"displayName\":" + json(BREAK_ATTRIBUTE) + ",\"password\":\"" + PASSWORD
                + "\",\"grants\":[{\"role\":\"thidua-unit-officer\",\"unitCode\":\"" + unit + "\"}]}");
        admin("PUT", "api/v1/accounts/" + auditor, "{\"displayName\":" + json(CLOSE_SCRIPT) + ",\"password\":\"" + PASSWORD
                + "\",\"grants\":[{\"role\":\"thidua-auditor\",\"unitCode\":\"SON_LA\"}]}");

        // The officer writes what it may: its unit, people, household, initiative, movement.
        as(officer, PASSWORD, "PUT", "api/v1/units/" + unit, "{\"name\":" + json(CLOSE_SCRIPT) + ",\"kind\":\"COMMUNE\"}");
        String person = "XP_" + run;
        as(officer, PASSWORD, "PUT", "api/v1/people/" + person, "{\"fullName\":" + json(BREAK_ATTRIBUTE) + ",\"unitCode\":\""
                + unit + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
        as(officer, PASSWORD, "PUT", "api/v1/households/XH_" + run, "{\"headName\":" + json(CLOSE_SCRIPT) + ",\"unitCode\":\""
                + unit + "\"}");
        as(officer, PASSWORD, "POST", "api/v1/initiatives", "{\"title\":" + json(CLOSE_SCRIPT) + ",\"authorCodes\":[\"" + person
                + "\"],\"scope\":\"CO_SO\",\"recognisedOn\":\"2025-03-01\",\"decisionNumber\":" + json(BREAK_ATTRIBUTE) + "}");
        String movement = "XM_" + run;
        as(officer, PASSWORD, "POST", "api/v1/movements", "{\"code\":\"" + movement + "\",\"name\":" + json(CLOSE_SCRIPT)
                + ",\"theme\":" + json(BREAK_ATTRIBUTE) + ",\"slogan\":" + json(CLOSE_SCRIPT) + ",\"kind\":\"THEMATIC\","
                + "\"level\":\"UNIT\",\"scope\":\"AGENCY\",\"unitCode\":\"" + unit + "\",\"startsOn\":\"2026-01-01\","
                + "\"endsOn\":\"2026-12-31\",\"unitCodes\":[\"" + unit + "\"],\"targets\":" + json(BREAK_ATTRIBUTE)
                + ",\"scheme\":" + json(CLOSE_SCRIPT) + "}");
        // The office records a commendation and revokes it with the hostile reason; sets up a cluster with hostile names.
        HttpResponse<String> recorded = api.send("POST", "api/v1/commendations", Deployments.ADMIN, Deployments.adminPassword(),
                "{\"awardCode\":\"GIAY_KHEN\",\"recipientType\":\"PERSON\",\"recipientCode\":\"" + person + "\",\"year\":2026,"
                        + "\"type\":\"DOT_XUAT\",\"decisionNumber\":" + json("=1+2 " + run) + ",\"decisionDate\":\"2026-02-02\","
                        + "\"signer\":" + json(BREAK_ATTRIBUTE) + ",\"authority\":" + json(CLOSE_SCRIPT) + "}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        long id = WebClient.json(recorded).getJsonNumber("id").longValue();
        admin("POST", "api/v1/commendations/" + id + "/revocation", "{\"reason\":" + json(CLOSE_SCRIPT + " " + BREAK_ATTRIBUTE)
                + ",\"decisionNumber\":\"R-" + run + "\",\"decisionDate\":\"2026-03-03\"}");
        String cluster = "XC_" + run;
        admin("PUT", "api/v1/clusters/2026/" + cluster, "{\"name\":" + json(CLOSE_SCRIPT) + ",\"kind\":\"AREA\",\"headUnitCode\":\""
                + unit + "\",\"deputyUnitCode\":\"" + other + "\",\"unitCodes\":[\"" + unit + "\",\"" + other + "\"],"
                + "\"criteria\":[{\"name\":" + json(BREAK_ATTRIBUTE) + ",\"maxPoints\":60}]}");
        as(officer, PASSWORD, "PUT", "api/v1/clusters/2026/" + cluster + "/scores/" + unit,
                "{\"scores\":[{\"position\":1,\"points\":50,\"evidence\":" + json(CLOSE_SCRIPT) + "}]}");

        // A batch titled by the officer on the screen.
        browser.signIn(officer, PASSWORD);
        browser.open("commendation/nominations.xhtml");
        browser.type("batchForm:title", CLOSE_SCRIPT + " " + BREAK_ATTRIBUTE);
        browser.type("batchForm:unitCode_input", unit);
        browser.script("PF('batchYear').setValue(2025)");
        browser.click("batchForm:create");
        browser.wait.until(d -> d.getCurrentUrl().contains("nomination.xhtml?id="));
        String batch = browser.driver.getCurrentUrl().replaceAll(".*/(commendation/nomination\\.xhtml\\?id=\\d+).*", "$1");

        List<String> ran = new ArrayList<>();
        Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
        List<String> shared = List.of("", "organisation/units.xhtml", "organisation/people.xhtml?unit=" + unit,
                "organisation/person.xhtml?code=" + person, "organisation/households.xhtml", "campaigns/movements.xhtml",
                "campaigns/movement.xhtml?code=" + movement, "campaigns/clusters.xhtml",
                "campaigns/cluster.xhtml?code=" + cluster + "&year=2026", "campaigns/initiatives.xhtml",
                "commendation/nominations.xhtml", batch, "commendation/history.xhtml?type=PERSON&code=" + person,
                "commendation/history.xhtml?type=UNIT&code=" + unit, "commendation/reexamine.xhtml",
                "reporting/dashboard.xhtml", "reporting/records.xhtml");
        pagesByUser.put(officer, shared);
        List<String> office = new ArrayList<>(shared);
        office.addAll(List.of("organisation/accounts.xhtml", "audit.xhtml", "reporting/auditor.xhtml",
                "reporting/reports.xhtml", "commendation/postings.xhtml"));
        pagesByUser.put(Deployments.ADMIN, office);
        pagesByUser.put(auditor, List.of("audit.xhtml", "reporting/auditor.xhtml", "organisation/person.xhtml?code=" + person,
                "campaigns/movement.xhtml?code=" + movement, batch));
        for (Map.Entry<String, List<String>> user : pagesByUser.entrySet()) {
            browser.driver.manage().deleteAllCookies();
            browser.signIn(user.getKey(), user.getKey().equals(Deployments.ADMIN) ? Deployments.adminPassword() : PASSWORD);
            for (String page : user.getValue()) {
                String outcome = visit(page);
                if (outcome != null) {
                    ran.add(user.getKey() + " " + page + ": " + outcome);
                }
            }
        }
        browser.driver.manage().deleteAllCookies();
        browser.signIn(Deployments.ADMIN, Deployments.adminPassword());
        browser.open("organisation/person.xhtml?code=" + person);
        browser.screenshot("60-script-injection-person");
        assertThat(browser.bodyText()).as("the payload shows as text").contains("<svg onload=alert(1)>");
        assertThat(ran).as("pages where a script ran or a dialog opened").isEmpty();
    }

    /** Opens a page; returns what ran there (a dialog, the marker), or null when nothing did. */
    private String visit(String page) {
        try {
            browser.open(page);
            Object marker = ((JavascriptExecutor) browser.driver).executeScript("return window.__ran === 1;");
            try {
                String text = browser.driver.switchTo().alert().getText();
                browser.driver.switchTo().alert().dismiss();
                return "dialog " + text;
            } catch (NoAlertPresentException none) {
                return Boolean.TRUE.equals(marker) ? "script ran" : null;
            }
        } catch (UnhandledAlertException dialog) {
            return "dialog " + dialog.getAlertText();
        }
    }
}
