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

    private static final java.util.Set<URI> READY = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * The WAR declares the context root / (glassfish-web.xml), whatever the archive's name. On the first call for an
     * instance, the administrator's first-start password is changed as a person would: it must be, at the first
     * sign-in, before any page but the password page opens.
     */
    public static URI root(URL deploymentUrl) {
        URI root = URI.create(deploymentUrl.getProtocol() + "://" + deploymentUrl.getHost() + ":"
                + deploymentUrl.getPort() + "/");
        if (READY.add(root)) {
            try {
                changeFirstStartPassword(root);
            } catch (java.io.IOException | InterruptedException e) {
                READY.remove(root);
                throw new IllegalStateException("Cannot reach the test instance at " + root, e);
            }
        }
        return root;
    }

    private static void changeFirstStartPassword(URI root) throws java.io.IOException, InterruptedException {
        WebClient client = new WebClient(root);
        if (client.getAs("api/v1/units/SON_LA", ADMIN, adminPassword()).statusCode() == 200) {
            return;
        }
        java.net.http.HttpResponse<String> api = client.getAs("api/v1/units/SON_LA", ADMIN, firstStartPassword());
        if (api.statusCode() != 403 || !api.body().contains("đổi mật khẩu")) {
            throw new IllegalStateException("The API accepted the first-start password before it was changed: "
                    + api.statusCode());
        }
        java.net.http.HttpResponse<String> signedIn = client.signIn(ADMIN, firstStartPassword());
        String forced = signedIn.headers().firstValue("Location").orElse("");
        if (!forced.endsWith("/organisation/password.xhtml?required=true")) {
            throw new IllegalStateException("The first sign-in with the first-start password led to '" + forced
                    + "', not to the password page");
        }
        java.net.http.HttpResponse<String> elsewhere = client.get("organisation/people.xhtml");
        if (!elsewhere.headers().firstValue("Location").orElse("").endsWith("/organisation/password.xhtml?required=true")) {
            throw new IllegalStateException("Another page opened before the first-start password was changed");
        }
        java.net.http.HttpResponse<String> page = client.get("organisation/password.xhtml?required=true");
        client.postForm("organisation/password.xhtml?required=true", page.body(), java.util.Map.of(
                "passwordForm", "passwordForm",
                "passwordForm:currentPassword", firstStartPassword(),
                "passwordForm:newPassword", adminPassword(),
                "passwordForm:confirmation", adminPassword(),
                "passwordForm:change", ""));
        if (client.getAs("api/v1/units/SON_LA", ADMIN, adminPassword()).statusCode() != 200
                || client.get("organisation/people.xhtml").statusCode() != 200) {
            throw new IllegalStateException("The first-start password could not be changed on the password page");
        }
    }

    /** The password the build gives the first start of the test instance (THIDUA_ADMIN_PASSWORD). */
    public static String firstStartPassword() {
        return System.getProperty("thidua.it.adminPassword");
    }

    /** The administrator's own password, chosen at its first sign-in (see {@link #root}). */
    public static String adminPassword() {
        return firstStartPassword() + "-rieng";
    }

    /** The database product the instance must run on: PostgreSQL when THIDUA_DB_URL names it, else H2. */
    public static String expectedDatabaseProduct() {
        String url = System.getenv("THIDUA_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
    }
}
