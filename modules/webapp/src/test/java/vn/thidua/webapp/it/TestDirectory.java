package vn.thidua.webapp.it;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The province's intranet directory for the integration tests: an in-memory LDAP server on a fixed loopback
 * port, started when the test session opens, so before Arquillian starts Payara Micro (which reads its URL from
 * THIDUA_LDAP_URL). Only the integration tests set {@code thidua.it.ldap.port}.
 */
public class TestDirectory implements LauncherSessionListener {

    public static final String BASE = "dc=sonla,dc=gov,dc=vn";
    public static final String USER = "lo.van.hung";
    public static final String USER_PASSWORD = "Mat-khau-thu-muc-1";

    private InMemoryDirectoryServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("thidua.it.ldap.port");
        if (port == null || server != null) {
            return;
        }
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                    InetAddress.getLoopbackAddress(), Integer.parseInt(port), null));
            config.setSchema(null);
            server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: sonla");
            server.add("dn: ou=people," + BASE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
            server.add("dn: cn=thidua-service," + BASE, "objectClass: top", "objectClass: person", "cn: thidua-service",
                    "sn: service", "userPassword: Service-Bind-1");
            server.add("dn: uid=" + USER + ",ou=people," + BASE, "objectClass: top", "objectClass: inetOrgPerson",
                    "uid: " + USER, "cn: Lò Văn Hùng", "sn: Hùng", "userPassword: " + USER_PASSWORD);
            server.startListening();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test directory on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.shutDown(true);
            server = null;
        }
    }
}
