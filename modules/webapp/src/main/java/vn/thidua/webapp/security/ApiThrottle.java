package vn.thidua.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles failed API sign-ins per client address instead of locking accounts: after too many failures in a
 * window, the address is refused (429) until the window ends. Kept in memory, per instance.
 */
@ApplicationScoped
public class ApiThrottle {

    private static final int MAX_TRACKED = 10_000;

    @Inject
    @ConfigProperty(name = "thidua.api.max-failures", defaultValue = "20")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "thidua.api.failure-window-seconds", defaultValue = "300")
    private int windowSeconds;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int failures) {
    }

    /** Seconds until the address may try again, or 0 when it may now. */
    public long retryAfterSeconds(String address) {
        Window window = windows.get(address);
        if (window == null || window.failures() < maxFailures) {
            return 0;
        }
        Duration left = Duration.between(Instant.now(), window.start().plusSeconds(windowSeconds));
        return left.isNegative() ? 0 : Math.max(1, left.toSeconds());
    }

    public void recordFailure(String address) {
        Instant now = Instant.now();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.start().plusSeconds(windowSeconds).isBefore(now));
        }
        windows.compute(address, (key, window) -> window == null || window.start().plusSeconds(windowSeconds).isBefore(now)
                ? new Window(now, 1) : new Window(window.start(), window.failures() + 1));
    }
}
