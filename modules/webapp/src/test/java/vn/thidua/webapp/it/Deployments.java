package vn.thidua.webapp.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment of every integration test: the real WAR the build produced, not a test-made archive. */
public final class Deployments {

    public static final String ADMIN = "admin";

    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("thidua.war", "target/thidua.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The WAR declares the context root / (glassfish-web.xml), whatever the archive's name. */
    public static URI root(URL deploymentUrl) {
        return URI.create(deploymentUrl.getProtocol() + "://" + deploymentUrl.getHost() + ":"
                + deploymentUrl.getPort() + "/");
    }

    /** The administrator's password the build gives the test instance (THIDUA_ADMIN_PASSWORD). */
    public static String adminPassword() {
        return System.getProperty("thidua.it.adminPassword");
    }

    /** The database product the instance must run on: PostgreSQL when THIDUA_DB_URL names it, else H2. */
    public static String expectedDatabaseProduct() {
        String url = System.getenv("THIDUA_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
    }
}
