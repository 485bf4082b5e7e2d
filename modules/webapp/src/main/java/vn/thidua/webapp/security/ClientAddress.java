package vn.thidua.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client a request came from, as the API throttle and the sign-in audit count it. Behind HAProxy
 * (a cluster) every request comes from the proxy: when the direct peer is one of {@code thidua.proxy.trusted}, the
 * client is the last address of {@code X-Forwarded-For}, the one that proxy added (earlier entries are whatever the
 * client sent, and never trusted). Without trusted proxies the header is ignored.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "thidua.proxy.trusted", defaultValue = " ")
    private String trusted;

    /** The setting, read once (this runs for every API call). */
    private List<String> trustedProxies = List.of();

    @jakarta.annotation.PostConstruct
    void readSetting() {
        trustedProxies = java.util.Arrays.stream(trusted.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .toList();
    }

    public String of(HttpServletRequest request) {
        // HAProxy adds its own header line after any the client sent: all lines, in order, as one list.
        java.util.Enumeration<String> lines = request.getHeaders("X-Forwarded-For");
        String forwardedFor = lines == null || !lines.hasMoreElements() ? null
                : String.join(",", java.util.Collections.list(lines));
        return of(request.getRemoteAddr(), forwardedFor, trustedProxies);
    }

    static String of(String peer, String forwardedFor, List<String> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",", -1);
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 || !last.matches("[0-9A-Fa-f:.\\[\\]]+") ? peer : last;
    }
}
