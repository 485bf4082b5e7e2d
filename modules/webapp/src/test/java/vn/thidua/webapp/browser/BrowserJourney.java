package vn.thidua.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.webapp.it.Deployments;
import vn.thidua.webapp.it.WebClient;

/**
 * What every browser class sets up the same way: the built WAR on the run's one Payara Micro, a headless Chromium per
 * test, an API client for the data a journey starts from, and a tag that keeps each test's codes apart (the
 * instance and its database are shared by every class of the run).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserJourney {

    @ArquillianResource
    protected URL deploymentUrl;

    protected Browser browser;
    protected WebClient api;
    /** Unique to the test: appended to the codes it creates. */
    protected String run;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(Deployments.root(deploymentUrl));
        api = new WebClient(Deployments.root(deploymentUrl));
        run = Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** A call of the administrator's that must succeed (200 or 201): the data the journey starts from. */
    protected HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpResponse<String> response = api.send(method, path, Deployments.ADMIN, Deployments.adminPassword(), json);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return response;
    }

    /** Signs in as another account in the same browser (the previous session's cookies dropped). */
    protected void signInAs(String username, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.signIn(username, password);
    }
}
