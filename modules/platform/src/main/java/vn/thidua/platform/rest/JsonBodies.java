package vn.thidua.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Violation;

/**
 * How {@link RecordBodyReader} reads a body: a JSON object of at most 2 MB (413 beyond), fields read one by one so
 * that a value of the wrong type is reported against its field instead of failing the whole body. Package-private:
 * resources take {@link RequestBody} records, never the JSON itself.
 */
final class JsonBodies {

    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    private JsonBodies() {
    }

    static JsonObject read(InputStream body) {
        if (body == null) {
            throw new ProblemException(400, ProblemMessages.get("problem.unreadable"));
        }
        try (JsonReader reader = Json.createReader(
                new InputStreamReader(new LimitedInputStream(body, MAX_BODY_BYTES), StandardCharsets.UTF_8))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ProblemException(400, ProblemMessages.get("problem.notAnObject"));
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            if (causedByTooLarge(e)) {
                throw new ProblemException(413, ProblemMessages.get("problem.tooLarge"));
            }
            throw new ProblemException(400, ProblemMessages.get("problem.unreadableAt",
                    e.getLocation() == null ? "?" : e.getLocation().getLineNumber(),
                    e.getLocation() == null ? "?" : e.getLocation().getColumnNumber()));
        } catch (JsonException | UncheckedIOException e) {
            if (causedByTooLarge(e)) {
                throw new ProblemException(413, ProblemMessages.get("problem.tooLarge"));
            }
            throw new ProblemException(400, ProblemMessages.get("problem.unreadable"));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson refuses deeply nested input with a plain RuntimeException: still the client's bad input.
            boolean nested = e.getMessage() != null && e.getMessage().contains("nested");
            throw new ProblemException(400, ProblemMessages.get(nested ? "problem.tooDeep" : "problem.unreadable"));
        }
    }

    private static boolean causedByTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** A text field: null when absent or null; a violation when it holds something else than a string. */
    static String string(JsonObject body, String field, Checks checks) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        checks.add(Violation.of(field, "notText"));
        return null;
    }

    /** A whole-number field: null when absent or null; a violation when it holds something else. */
    static Integer integer(JsonObject body, String field, Checks checks) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException tooBig) {
                checks.add(Violation.of(field, "notNumber"));
                return null;
            }
        }
        checks.add(Violation.of(field, "notNumber"));
        return null;
    }

    /** A decimal field: null when absent or null; a violation when it holds something else than a number. */
    static java.math.BigDecimal decimal(JsonObject body, String field, Checks checks) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        checks.add(Violation.of(field, "notDecimal"));
        return null;
    }

    /** A true/false field: {@code otherwise} when absent or null; a violation when it holds something else. */
    static boolean bool(JsonObject body, String field, boolean otherwise, Checks checks) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return otherwise;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        checks.add(Violation.of(field, "notBoolean"));
        return otherwise;
    }

    /** A list of strings: empty when absent; a violation when it holds something else. */
    static java.util.List<String> strings(JsonObject body, String field, Checks checks) {
        JsonValue value = body.get(field);
        java.util.List<String> strings = new java.util.ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return strings;
        }
        if (value instanceof jakarta.json.JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString text) {
                    strings.add(text.getString());
                } else {
                    checks.add(Violation.of(field, "notText"));
                }
            }
        } else {
            checks.add(Violation.of(field, "notText"));
        }
        return strings;
    }

    /** A list of objects: empty when absent; a violation when it holds something else. */
    static java.util.List<JsonObject> objects(JsonObject body, String field, Checks checks) {
        JsonValue value = body.get(field);
        java.util.List<JsonObject> objects = new java.util.ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return objects;
        }
        if (value instanceof jakarta.json.JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonObject object) {
                    objects.add(object);
                } else {
                    checks.add(Violation.of(field, "notObject"));
                }
            }
        } else {
            checks.add(Violation.of(field, "notObject"));
        }
        return objects;
    }

    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Fails with {@link TooLargeException} once more than the limit has been read. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws TooLargeException {
            count += n;
            if (count > limit) {
                throw new TooLargeException();
            }
        }
    }
}
