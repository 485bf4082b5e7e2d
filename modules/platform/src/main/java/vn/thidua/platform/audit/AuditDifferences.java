package vn.thidua.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.thidua.platform.ProvinceClock;

/**
 * An audit entry as people read it: when, as dd/MM/yyyy HH:mm in the province's time zone, and the values before
 * and after side by side, field by field, the changed ones marked — instead of two JSON documents.
 */
public final class AuditDifferences {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** One field of an entry: its value before and after. */
    public record Difference(String field, String before, String after, boolean changed) implements Serializable {
    }

    private AuditDifferences() {
    }

    public static String when(AuditRecord record) {
        return WHEN.format(record.occurredAt().atZoneSameInstant(ProvinceClock.ZONE));
    }

    public static List<Difference> of(AuditRecord record) {
        Map<String, String> before = fields(record.before());
        Map<String, String> after = fields(record.after());
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String name : names) {
            String b = before.get(name);
            String a = after.get(name);
            differences.add(new Difference(name, b, a, record.before() != null && !Objects.equals(a, b)));
        }
        return differences;
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        object.forEach((key, value) -> fields.put(key, value.getValueType() == JsonValue.ValueType.NULL ? null
                : value instanceof JsonString text ? text.getString() : value.toString()));
        return fields;
    }
}
