package vn.thidua.platform.internal.audit;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 of a canonical JSON text of its fields (keys in a fixed, sorted order,
 * UTF-8, the time in UTC with microseconds as PostgreSQL keeps it) and of the previous entry's hash.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter MICROS_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private AuditHash() {
    }

    public static String of(String previousHash, long seq, OffsetDateTime occurredAt, String actor,
                            String entityType, String entityId, String unitPath, String action, String before,
                            String after) {
        return of(previousHash, seq, occurredAt, actor, entityType, entityId, unitPath, action, before, after, null);
    }

    /** With a key, the canonical form is sealed with HMAC-SHA256 instead of hashed with SHA-256. */
    public static String of(String previousHash, long seq, OffsetDateTime occurredAt, String actor,
                            String entityType, String entityId, String unitPath, String action, String before,
                            String after, byte[] key) {
        String canonical = Json.createObjectBuilder()
                .add("action", action)
                .add("actor", actor)
                .add("after", after == null ? "" : after)
                .add("before", before == null ? "" : before)
                .add("entityId", entityId)
                .add("entityType", entityType)
                .add("occurredAt", MICROS_UTC.format(occurredAt.withOffsetSameInstant(ZoneOffset.UTC)))
                .add("previousHash", previousHash)
                .add("seq", seq)
                .add("unitPath", unitPath == null ? "" : unitPath)
                .build().toString();
        byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
        try {
            if (key != null) {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(bytes));
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(bytes));
        } catch (NoSuchAlgorithmException | java.security.InvalidKeyException e) {
            throw new IllegalStateException("SHA-256 and HmacSHA256 are part of every Java runtime", e);
        }
    }

    /** The entry's hash as it should be: keyed entries need the key (null when it is not configured). */
    public static String of(AuditEntry entry, byte[] key) {
        return of(entry.getPrevHash(), entry.getSeq(), entry.getOccurredAt(), entry.getActor(),
                entry.getEntityType(), entry.getEntityId(), entry.getUnitPath(), entry.getAction().name(),
                entry.getBeforeValue(), entry.getAfterValue(), entry.isKeyed() ? key : null);
    }
}
