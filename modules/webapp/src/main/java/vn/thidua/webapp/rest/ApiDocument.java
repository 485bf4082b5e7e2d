package vn.thidua.webapp.rest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.thidua.platform.rest.RequestBody;
import vn.thidua.platform.validation.Required;

/**
 * Makes the generated /openapi document one a client can be generated from: each operation gets a unique id (its
 * method and path, "postNominationsIdDecision"), a summary (ApiSummaries.properties), its success response under its
 * code instead of "default", and the problem+json responses every endpoint may give (RFC 9457, our Problem schema);
 * the registrations' action path becomes a valid template with an enumerated parameter; a body's schema lists the
 * properties its record requires ({@code @Required}). Registered as the
 * MicroProfile OpenAPI filter (mp.openapi.filter).
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    private static final String PREFIX = "/api/v1";
    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "Bad input: a problem with one error per field");
        ERRORS.put("401", "Not signed in (HTTP Basic)");
        ERRORS.put("403", "The caller lacks the role on the record's unit");
        ERRORS.put("404", "No such record, or none the caller may read");
        ERRORS.put("409", "Refused by a business rule in the record's present state");
        ERRORS.put("412", "The record changed since the version given");
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        ResourceBundle summaries = ResourceBundle.getBundle("vn.thidua.webapp.rest.ApiSummaries", Locale.ROOT);
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().addSchema("Problem", problemSchema());
        requiredProperties(document);
        Map<String, PathItem> paths = new LinkedHashMap<>(document.getPaths() == null ? Map.of()
                : document.getPaths().getPathItems());
        for (Map.Entry<String, PathItem> entry : paths.entrySet()) {
            String path = entry.getKey();
            PathItem item = entry.getValue();
            String template = path.replaceAll("\\{(\\w+):\\s*([^}]+)}", "{$1}");
            if (!template.equals(path)) {
                enumerate(item, path);
                document.getPaths().removePathItem(path);
                document.getPaths().addPathItem(template, item);
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                String method = op.getKey().name();
                Operation operation = op.getValue();
                String key = method + " " + template;
                operation.setOperationId(operationId(method, template));
                if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                    operation.setSummary(summaries.containsKey(key) ? summaries.getString(key) : key);
                }
                responses(operation, method, summaries.containsKey(key + ".status")
                        ? summaries.getString(key + ".status") : null);
            }
        }
    }

    /** "POST /api/v1/nominations/{id}/decision" → "postNominationsIdDecision": unique as the method and path are. */
    static String operationId(String method, String template) {
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        String rest = template.startsWith(PREFIX) ? template.substring(PREFIX.length()) : template;
        for (String word : rest.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return id.toString();
    }

    /** {@code {action: submit|receive|return}} → a path parameter whose schema lists the values. */
    private static void enumerate(PathItem item, String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+):\\s*([^}]+)}").matcher(path);
        while (m.find()) {
            String name = m.group(1);
            List<Object> values = new ArrayList<>(List.of(m.group(2).strip().split("\\s*\\|\\s*")));
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    for (Parameter parameter : operation.getParameters()) {
                        if (name.equals(parameter.getName()) && parameter.getIn() == Parameter.In.PATH) {
                            parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING)
                                    .enumeration(values));
                        }
                    }
                }
            }
        }
    }

    private static void responses(Operation operation, String method, String status) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (responses.getAPIResponses().keySet().stream().noneMatch(c -> c.startsWith("2"))) {
            APIResponse success = responses.getDefaultValue();
            responses.removeAPIResponse(APIResponses.DEFAULT);
            if (success == null) {
                success = OASFactory.createAPIResponse();
            }
            if ("200+201".equals(status)) {
                responses.addAPIResponse("200", success.description("Changed"));
                responses.addAPIResponse("201", OASFactory.createAPIResponse().description("Created"));
            } else {
                String code = status == null ? "200" : status;
                responses.addAPIResponse(code, success.description("201".equals(code) ? "Created"
                        : "202".equals(code) ? "Accepted: the work goes on; its progress is at the Location" : "Done"));
            }
        }
        for (Map.Entry<String, String> error : ERRORS.entrySet()) {
            if (!responses.hasAPIResponse(error.getKey())) {
                responses.addAPIResponse(error.getKey(), OASFactory.createAPIResponse().description(error.getValue())
                        .content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
            }
        }
    }

    /** The schema of each request body (named by its record's simple name) lists its {@code @Required} components. */
    private static void requiredProperties(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        for (Class<?> body : bodies()) {
            Schema schema = schemas.get(body.getSimpleName());
            List<String> required = new ArrayList<>();
            for (java.lang.reflect.RecordComponent component : body.getRecordComponents()) {
                try {
                    if (body.getDeclaredField(component.getName()).isAnnotationPresent(Required.class)) {
                        required.add(component.getName());
                    }
                } catch (NoSuchFieldException cannotBe) {
                    // a record has a field per component
                }
            }
            if (schema != null && !required.isEmpty()) {
                schema.setRequired(required);
            }
        }
    }

    /** The body records of the resources the container knows, with the records of their lists. */
    private static Set<Class<?>> bodies() {
        Set<Class<?>> bodies = new LinkedHashSet<>();
        try {
            jakarta.enterprise.inject.spi.BeanManager beans = jakarta.enterprise.inject.spi.CDI.current().getBeanManager();
            for (jakarta.enterprise.inject.spi.Bean<?> bean : beans.getBeans(Object.class,
                    jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
                if (bean.getBeanClass().isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    for (java.lang.reflect.Method method : bean.getBeanClass().getMethods()) {
                        for (Class<?> type : method.getParameterTypes()) {
                            if (type.isRecord() && RequestBody.class.isAssignableFrom(type)) {
                                collect(type, bodies);
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException | LinkageError noContainer) {
            // Outside a container (a unit test): the schemas stay without their required lists.
        }
        return bodies;
    }

    private static void collect(Class<?> record, Set<Class<?>> bodies) {
        if (!bodies.add(record)) {
            return;
        }
        for (java.lang.reflect.RecordComponent component : record.getRecordComponents()) {
            if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                collect(element, bodies);
            }
        }
    }

    /** RFC 9457 with one error per field (what every refusal of the API carries). */
    private static Schema problemSchema() {
        Schema error = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("A refusal (RFC 9457 problem details), in the caller's language (Vietnamese by default)")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(error));
    }
}
