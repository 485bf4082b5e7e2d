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
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        List<String> order = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            values[i] = component(json, components[i], checks);
            order.add(components[i].getName());
        }
        T bound = construct(type, components, values);
        List<Violation> violations = new ArrayList<>(checks.violations());
        VALIDATOR.validate(bound).stream().map(RecordBodyReader::violation).filter(v -> !checks.has(v.field()))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparingInt(v -> order.indexOf(v.field())));
            throw new InvalidInputException(violations);
        }
        return bound;
    }

    private static Object component(JsonObject json, RecordComponent component, Checks checks) {
        String name = component.getName();
        JsonValue value = json.get(name);
        Class<?> type = component.getType();
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
        String field = v.getPropertyPath().toString();
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
