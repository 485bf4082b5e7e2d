package vn.thidua.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials checked over HTTP Basic, remembered for {@link #TTL} so that an API client does not pay the PBKDF2
 * check (210,000 iterations) on every call (issue 16). The key is an HMAC of user name and password with a secret
 * drawn when the application starts, so neither is kept; the entry keeps the account's security stamp, and a hit
 * counts only while the stamp in the database is still the same: a new or reset password, a lockout, disabling, a
 * grant given or withdrawn move the stamp and end the entry at once, on every node, since every node reads the stamp
 * from the database. A miss pays the full check.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TTL = Duration.ofMinutes(2);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] secret = new byte[32];
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** Who was signed in with these credentials, with which groups, under which stamp, until when. */
    public record Entry(String caller, Set<String> groups, long stamp, Instant until) {
    }

    public CredentialCache() {
        new SecureRandom().nextBytes(secret);
    }

    /** The entry for these credentials while it lasts. */
    public Optional<Entry> find(String username, String password) {
        String key = key(username, password);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.until().isBefore(Instant.now())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    public void put(String username, String password, String caller, Set<String> groups, long stamp) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(username, password), new Entry(caller, Set.copyOf(groups), stamp, Instant.now().plus(TTL)));
    }

    /** Forgets these credentials (their account's stamp moved). */
    public void forget(String username, String password) {
        entries.remove(key(username, password));
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
