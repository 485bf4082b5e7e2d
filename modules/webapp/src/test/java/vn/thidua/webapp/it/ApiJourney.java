package vn.thidua.webapp.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every API class sets up the same way: the built WAR on the run's one Payara Micro, a client of the API, and a
 * tag that keeps each test's codes apart (the instance and its database are shared by every class of the run).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ApiJourney {

    @ArquillianResource
    protected URL deploymentUrl;

    protected WebClient client;
    /** Unique to the test: appended to the codes it creates. */
    protected String run;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void openClient() {
        client = newClient();
        run = Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /** Another client of the same instance, with cookies of its own (a second user, the screens). */
    protected WebClient newClient() {
        return new WebClient(Deployments.root(deploymentUrl));
    }
}
