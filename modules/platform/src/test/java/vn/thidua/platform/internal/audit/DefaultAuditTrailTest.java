package vn.thidua.platform.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultAuditTrailTest {

    @Test
    void writesValuesWithSortedKeysWhateverTheirOrder() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "Tỉnh Sơn La");
        values.put("code", "SON_LA");
        values.put("validFrom", LocalDate.of(2025, 7, 1));
        values.put("parentCode", null);
        values.put("version", 3L);
        values.put("enabled", true);

        assertThat(DefaultAuditTrail.canonicalJson(values)).isEqualTo(
                "{\"code\":\"SON_LA\",\"enabled\":true,\"name\":\"Tỉnh Sơn La\",\"parentCode\":null,"
                        + "\"validFrom\":\"2025-07-01\",\"version\":\"3\"}");
    }

    @Test
    void keepsAbsentValuesAbsent() {
        assertThat(DefaultAuditTrail.canonicalJson(null)).isNull();
    }
}
