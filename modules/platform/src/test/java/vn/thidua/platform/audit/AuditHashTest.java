package vn.thidua.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.internal.audit.AuditHash;

class AuditHashTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 27, 8, 30, 0, 123_456_000, ZoneOffset.UTC);

    private static String hash(String previous, long seq, OffsetDateTime at, String after) {
        return AuditHash.of(previous, seq, at, "admin", "Unit", "7", "/1/7/", "UPDATE", "{\"name\":\"A\"}", after);
    }

    @Test
    void isStableForTheSameContent() {
        assertThat(hash(AuditHash.GENESIS, 1, AT, "{\"name\":\"B\"}"))
                .isEqualTo(hash(AuditHash.GENESIS, 1, AT, "{\"name\":\"B\"}"))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void isTheSameForTheSameInstantInAnotherOffset() {
        OffsetDateTime hanoi = AT.withOffsetSameInstant(ZoneOffset.ofHours(7));
        assertThat(hash(AuditHash.GENESIS, 1, hanoi, "x")).isEqualTo(hash(AuditHash.GENESIS, 1, AT, "x"));
    }

    @Test
    void changesWithTheContentThePositionAndThePreviousLink() {
        String base = hash(AuditHash.GENESIS, 1, AT, "{\"name\":\"B\"}");
        assertThat(hash(AuditHash.GENESIS, 1, AT, "{\"name\":\"C\"}")).isNotEqualTo(base);
        assertThat(hash(AuditHash.GENESIS, 2, AT, "{\"name\":\"B\"}")).isNotEqualTo(base);
        assertThat(hash("1".repeat(64), 1, AT, "{\"name\":\"B\"}")).isNotEqualTo(base);
        assertThat(hash(AuditHash.GENESIS, 1, AT.plusNanos(1_000), "{\"name\":\"B\"}")).isNotEqualTo(base);
    }

    @Test
    void coversTheUnitTheEntryBelongsTo() {
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "u", "T", "1", "/1/2/", "CREATE", null, "x"))
                .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "u", "T", "1", "/1/3/", "CREATE", null, "x"));
    }

    @Test
    void distinguishesNoValueFromFieldsMovedBetweenBeforeAndAfter() {
        String a = AuditHash.of(AuditHash.GENESIS, 1, AT, "u", "T", "1", null, "CREATE", null, "x");
        String b = AuditHash.of(AuditHash.GENESIS, 1, AT, "u", "T", "1", null, "CREATE", "x", null);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aKeyedSealCannotBeRecomputedWithoutTheKey() {
        byte[] key = "khoa-cua-so-noi-vu".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String plain = AuditHash.of(AuditHash.GENESIS, 1, AT, "u", "T", "1", null, "CREATE", null, "x");
        String sealed = AuditHash.of(AuditHash.GENESIS, 1, AT, "u", "T", "1", null, "CREATE", null, "x", key);
        assertThat(sealed).isNotEqualTo(plain).matches("[0-9a-f]{64}")
                .isEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "u", "T", "1", null, "CREATE", null, "x", key.clone()));
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "u", "T", "1", null, "CREATE", null, "x",
                "another-key".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEqualTo(sealed);
    }
}
