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
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String of(AuditEntry entry) {
        return of(entry.getPrevHash(), entry.getSeq(), entry.getOccurredAt(), entry.getActor(),
                entry.getEntityType(), entry.getEntityId(), entry.getUnitPath(), entry.getAction().name(),
                entry.getBeforeValue(),
                entry.getAfterValue());
    }
}
