package org.imroc.tracker.common.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import org.imroc.tracker.common.error.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation of the API the error responses that the shared conventions make possible for it
 * (a path id → 404, a body → 413/415/422, If-Match → 412/428 …), each with the problem schema, so the
 * contract lists them without each resource repeating the same annotations.
 */
final class ProblemResponses {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {
    }

    static void add(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> addResponses(path, method, operation));
        });
    }

    private static void addResponses(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, String> add = new TreeMap<>();
        add.put("400", "Malformed request: unreadable JSON, wrong JSON type, unknown field or bad parameter");
        add.put("406", "None of the media types in Accept is one this operation answers with (the problem names them)");
        add.put("500", "Unexpected error; the body carries only the request id");
        if (method != PathItem.HttpMethod.GET) {
            add.put("503", "Every try of the change lost to concurrent writers; send it again after Retry-After");
        }
        if (path.contains("{")) {
            add.put("404", "No such resource, or one outside the caller's Trusts");
        }
        boolean hasBody = operation.getRequestBody() != null;
        if (hasBody) {
            add.put("413", "Request body larger than the limit");
            add.put("415", "Request body is not JSON");
            add.put("422", "Well-formed but invalid: the errors array names each field");
        }
        if (hasHeader(operation, "Idempotency-Key")) {
            add.put("409", "Conflict with the current state, or the same Idempotency-Key still in flight");
            add.put("422", "Well-formed but invalid, or an Idempotency-Key reused for a different request");
        }
        if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
            add.put("401", "No valid access token or integration key (WWW-Authenticate: Bearer)");
            add.put("403", "Authenticated, but this caller may not do this (integration keys are read-only)");
        }
        if (hasHeader(operation, "If-Match")) {
            add.put("409", "The command is not allowed in the resource's current state");
            add.put("412", "If-Match does not name the current version");
            add.put("428", "If-Match is missing");
        }
        APIResponses responses = operation.getResponses();
        if (hasHeader(operation, "If-None-Match") && !responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current version"));
        }
        add.forEach((code, description) -> {
            APIResponse existing = responses.getAPIResponse(code);
            if (existing == null || existing.getContent() == null) {
                responses.addAPIResponse(code, problem(description));
            }
        });
        responses.getAPIResponses().forEach((code, response) -> exampleFor(path, code, response));
    }

    /** Each problem answer's example carries the problem type of its own status, not one shared example. */
    private static void exampleFor(String path, String code, APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaType(PROBLEM_JSON) == null
                || !code.matches("\\d{3}")) {
            return;
        }
        int status = Integer.parseInt(code);
        ProblemType type = ProblemType.forStatus(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", status);
        example.put("detail", response.getDescription());
        example.put("instance", path);
        example.put("requestId", "5f0c7d2e-8a41-4b8e-9d6a-3c2b1a0f9e87");
        if (status == 422) {
            Map<String, Object> error = new LinkedHashMap<>(); // ordered: the committed contract must not drift
            error.put("field", "title");
            error.put("message", "must not be blank");
            example.put("errors", List.of(error));
        }
        response.getContent().getMediaType(PROBLEM_JSON).setExample(example);
    }

    static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    private static boolean hasHeader(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text(200))
                .addProperty("message", text(500));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", text(100).format("uri").pattern("^urn:imroc-tracker:problem:[a-z-]+$"))
                .addProperty("title", text(100))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text(2000))
                .addProperty("instance", text(4096))
                .addProperty("requestId", text(128))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .maxItems(20))
                .addProperty("errorCount", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(100_000)))
                .required(List.of("type", "title", "status"));
    }

    private static Schema text(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }
}
