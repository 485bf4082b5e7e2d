package vn.thidua.platform.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Violation;

/**
 * Binds request bodies to {@link RequestBody} records and validates them (see there). It must win over the JSON-B
 * reader the server brings for the same media type (which binds without our checks and answers a wrong value with a
 * 500): it is declared for {@link RequestBody}, closer to the bodies than JSON-B's {@code Object}, and has a higher
 * priority; without either, which of the two read a body changed from one start of the server to the next.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@jakarta.annotation.Priority(1)
public class RecordBodyReader implements MessageBodyReader<RequestBody> {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && RequestBody.class.isAssignableFrom(type);
    }

    @Override
    public RequestBody readFrom(Class<RequestBody> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                                MultivaluedMap<String, String> headers, InputStream body) {
        return bind(type, JsonBodies.read(body));
    }

    /**
     * The record of this type from the JSON object, validated; every error of the body at once, in the order of the
     * record's components (a field of the wrong type is not also reported by its constraints).
     */
    public static <T> T bind(Class<T> type, JsonObject json) {
        Checks checks = new Checks();
        T bound = bind(type, json, "", checks);
        List<String> order = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        List<Violation> violations = new ArrayList<>(checks.violations());
        VALIDATOR.validate(bound).stream().map(RecordBodyReader::violation).filter(v -> !checks.has(v.field()))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparingInt(v -> order.indexOf(topLevel(v.field()))));
            throw new InvalidInputException(violations);
        }
        return bound;
    }

    /** {@code members[2].name} → {@code members}. */
    private static String topLevel(String field) {
        int end = field.length();
        for (char mark : new char[] {'[', '.'}) {
            int at = field.indexOf(mark);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return field.substring(0, end);
    }

    /** Binds the components; a type error is reported on the component's path ({@code members[2].name}). */
    private static <T> T bind(Class<T> type, JsonObject json, String path, Checks checks) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Checks own = new Checks();
            values[i] = component(json, components[i], path, own);
            own.violations().forEach(v -> checks.add(path.isEmpty() ? v
                    : new Violation(path + v.field(), v.bundle(), v.key(), v.arguments())));
        }
        return construct(type, components, values);
    }

    private static Object component(JsonObject json, RecordComponent component, String path, Checks checks) {
        String name = component.getName();
        JsonValue value = json.get(name);
        Class<?> type = component.getType();
        if (type == List.class) {
            return list(json, component, path, checks);
        }
        if (type == Map.class && component.getGenericType() instanceof java.lang.reflect.ParameterizedType generic
                && generic.getActualTypeArguments()[1] == String.class) {
            return texts(json, name, checks);
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return type == boolean.class ? Boolean.FALSE : null;
        }
        if (type == String.class) {
            return JsonBodies.string(json, name, checks);
        }
        if (type == Integer.class) {
            return JsonBodies.integer(json, name, checks);
        }
        if (type == java.math.BigDecimal.class) {
            return JsonBodies.decimal(json, name, checks);
        }
        if (type == Boolean.class || type == boolean.class) {
            return JsonBodies.bool(json, name, false, checks);
        }
        if (type == LocalDate.class) {
            return checks.isoDate(name, JsonBodies.string(json, name, checks), false);
        }
        if (type.isEnum()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object constant = checks.oneOf(name, JsonBodies.string(json, name, checks), (Class) type, false);
            return constant;
        }
        try {
            return JSONB.fromJson(value.toString(), component.getGenericType());
        } catch (JsonbException e) {
            checks.add(Violation.of(name, number(type) ? "notNumber" : "invalid"));
            return null;
        }
    }

    /**
     * A list is never null (empty when absent); a list of texts is read as texts, a list of records binds each object
     * (errors on {@code name[i].component}); any other element type goes to JSON-B.
     */
    private static List<?> list(JsonObject json, RecordComponent component, String path, Checks checks) {
        String name = component.getName();
        Type element = component.getGenericType() instanceof java.lang.reflect.ParameterizedType generic
                ? generic.getActualTypeArguments()[0] : Object.class;
        if (element == String.class) {
            return JsonBodies.strings(json, name, checks);
        }
        if (element instanceof Class<?> record && record.isRecord()) {
            List<JsonObject> objects = JsonBodies.objects(json, name, checks);
            List<Object> bound = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                Checks own = new Checks();
                bound.add(bind(record, objects.get(i), name + "[" + i + "].", own));
                own.violations().forEach(checks::add);
            }
            return bound;
        }
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        try {
            return JSONB.fromJson(value.toString(), component.getGenericType());
        } catch (JsonbException e) {
            checks.add(Violation.of(name, "invalid"));
            return List.of();
        }
    }

    /** An object of texts by key: empty when absent; a violation when a value is not a text. */
    private static Map<String, String> texts(JsonObject json, String name, Checks checks) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return texts;
        }
        if (!(value instanceof JsonObject object)) {
            checks.add(Violation.of(name, "notObject"));
            return texts;
        }
        object.forEach((key, text) -> {
            if (text instanceof jakarta.json.JsonString string) {
                texts.put(key, string.getString());
            } else if (!checks.has(name)) {
                checks.add(Violation.of(name, "notText"));
            }
        });
        return texts;
    }

    private static boolean number(Class<?> type) {
        return Number.class.isAssignableFrom(type) || type == int.class || type == long.class;
    }

    private static <T> T construct(Class<T> type, RecordComponent[] components, Object[] values) {
        try {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            Constructor<T> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot bind " + type.getName(), e);
        }
    }

    /** A constraint's message is the platform's key; its arguments are the value (codes) or the limit (lengths). */
    private static Violation violation(ConstraintViolation<?> v) {
        String field = v.getPropertyPath().toString().replace(".<list element>", "");
        String key = v.getMessageTemplate();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Object[] arguments = switch (key) {
            case "code" -> new Object[] {vn.thidua.platform.Texts.hasControlCharacters(String.valueOf(v.getInvalidValue()))
                    ? "?" : v.getInvalidValue()};
            case "tooLong" -> new Object[] {attributes.get("max")};
            default -> new Object[0];
        };
        return Violation.of(field, key, arguments);
    }
}
