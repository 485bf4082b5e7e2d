package vn.thidua.platform.internal.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's audit key ({@code THIDUA_AUDIT_KEY}), kept by IT outside the database: with it, every new
 * entry is sealed with HMAC-SHA256, so that rewriting the trail needs the key as well as the database. The key's
 * text of any length is hashed to 256 bits; a fingerprint names it without revealing it.
 */
@ApplicationScoped
public class AuditKey {

    @Inject
    @ConfigProperty(name = "thidua.audit.key")
    private Optional<String> configured;

    private byte[] key;
    private String fingerprint;

    /** Derived once: every audited write seals with it. */
    @PostConstruct
    void derive() {
        key = configured.filter(k -> !k.isBlank()).map(k -> sha256(k.getBytes(StandardCharsets.UTF_8))).orElse(null);
        fingerprint = key == null ? null : HexFormat.of().formatHex(sha256(key)).substring(0, 12);
    }

    /** The key's bytes, or null when none is configured (entries are then only hashed). Callers do not change them. */
    public byte[] bytes() {
        return key;
    }

    /** The first 12 hex digits of the key's hash of its hash: shows which key sealed, not the key. */
    public String fingerprint() {
        return fingerprint;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
