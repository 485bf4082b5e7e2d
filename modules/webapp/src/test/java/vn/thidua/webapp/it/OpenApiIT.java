package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The /openapi document as a client generator reads it: valid OpenAPI 3 for the standard parser (swagger-parser,
 * which openapi-generator uses), every operation with a unique id, a summary, its success response and the
 * problem+json refusals, and path templates without regular expressions.
 */
class OpenApiIT extends ApiJourney {

    @Test
    void theDocumentIsValidOpenApiWithUniqueIdsSummariesAndProblemResponses() throws Exception {
        String document = newClient().get("openapi").body();
        // Kept for whoever refreshes src/test/openapi/thidua-api.yaml (drop Payara's "endpoints" and "servers").
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi-served.yaml"), document);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        // Payara Micro adds a top-level "endpoints" list that is not OpenAPI (fixed upstream as "x-endpoints",
        // FISH-12303): the only message allowed.
        assertThat(parsed.getMessages()).as("validation messages").allMatch(m -> m.contains("endpoints"));
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api).isNotNull();
        assertThat(api.getPaths()).hasSizeGreaterThan(50);

        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            if (!path.getKey().matches("[A-Za-z0-9/{}_.-]+")) {
                wrong.add(path.getKey() + ": not a plain path template");
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                String name = entry.getKey() + " " + path.getKey();
                if (operation.getOperationId() == null || !ids.add(operation.getOperationId())) {
                    wrong.add(name + ": operationId missing or repeated (" + operation.getOperationId() + ")");
                }
                if (operation.getSummary() == null || operation.getSummary().isBlank()
                        || operation.getSummary().startsWith(entry.getKey().name())) {
                    wrong.add(name + ": no summary");
                }
                Map<String, ApiResponse> responses = operation.getResponses();
                if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                    wrong.add(name + ": no success response");
                }
                if (responses.containsKey("default")) {
                    wrong.add(name + ": a 'default' response");
                }
                for (String code : List.of("400", "401", "403", "404")) {
                    ApiResponse refusal = responses.get(code);
                    if (refusal == null || refusal.getContent() == null
                            || !refusal.getContent().containsKey("application/problem+json")) {
                        wrong.add(name + ": no problem+json " + code);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(api.getComponents().getSchemas()).containsKey("Problem");
        // Every JSON body is typed, and its schema says what it requires (from @Required on its record).
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().containsKey("application/json")) {
                assertThat(operation.getRequestBody().getContent().get("application/json").getSchema().get$ref())
                        .as(method + " " + path + ": a body of a named schema").isNotBlank();
            }
        }));
        assertThat(api.getComponents().getSchemas().get("UnitBody").getRequired()).containsExactlyInAnyOrder("name", "kind");
        assertThat(api.getComponents().getSchemas().get("MemberBody").getRequired()).isNull();
        assertThat(api.getComponents().getSchemas().get("NomineeBody").getRequired())
                .containsExactlyInAnyOrder("recipientType", "recipientCode", "awardCode");

        // The document the client below is generated from (src/test/openapi) is the one served: same operations.
        OpenAPI kept = new OpenAPIV3Parser().read("src/test/openapi/thidua-api.yaml");
        assertThat(operations(kept)).as("src/test/openapi/thidua-api.yaml is the served document (curl /openapi)")
                .isEqualTo(operations(api));
    }

    private static Map<String, String> operations(OpenAPI api) {
        Map<String, String> byPath = new java.util.TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                byPath.put(method + " " + path, operation.getOperationId())));
        return byPath;
    }

    /** A client generated from the document at build time (openapi-generator, Java "native") calls the API. */
    @Test
    void aClientGeneratedFromTheDocumentCallsTheApi() throws Exception {
        vn.thidua.client.ApiClient client = new vn.thidua.client.ApiClient();
        client.updateBaseUri(Deployments.root(deploymentUrl).resolve("").toString().replaceAll("/$", ""));
        String basic = java.util.Base64.getEncoder().encodeToString((Deployments.ADMIN + ":"
                + Deployments.adminPassword()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        vn.thidua.client.api.DefaultApi thidua = new vn.thidua.client.api.DefaultApi(client);
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();

        // A body bound to a record on the server is a typed model in the client.
        thidua.putUnitsCode("XA_" + run, new vn.thidua.client.model.UnitBody().name("Xã Chiềng Sơn " + run)
                .kind(vn.thidua.client.model.UnitKind.COMMUNE).parentCode("SON_LA"));
        assertThat(((Map<?, ?>) thidua.getUnitsCode("XA_" + run)).get("name")).isEqualTo("Xã Chiềng Sơn " + run);
        List<vn.thidua.client.model.UnitChange> history = thidua.getUnitsCodeHistory("XA_" + run);
        assertThat(history).as("no merger or dissolution yet").isEmpty();
        assertThat(thidua.getRuleSets()).extracting(vn.thidua.client.model.RuleSetVersion::getCode)
                .contains("ND98_2023", "ND152_2025");
        vn.thidua.client.model.Verdict verdict = thidua.getEligibility("TTLDTT", "UNIT", "XA_" + run, "2025", "THUONG_XUYEN",
                null);
        assertThat(verdict.getRuleSetVersion()).startsWith("ND152_2025");
        // A refusal reaches the client as the API's problem, with its status.
        vn.thidua.client.ApiException missing = org.junit.jupiter.api.Assertions.assertThrows(
                vn.thidua.client.ApiException.class, () -> thidua.getUnitsCode("KHONG_CO_" + run));
        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(missing.getResponseBody()).contains("\"status\":404");
    }
}
