package org.imroc.tracker.common.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.imroc.tracker.common.error.ProblemType;

/**
 * Adds to every operation of the API the error responses that the shared conventions make possible for it
 * (a path id → 404, a body → 413/415/422, If-Match → 412/428 …). Each is written once, under
 * {@code components/responses} with the problem schema and an example of its own problem type, and every operation
 * names it by reference, so a new endpoint adds a line per status rather than a screen. An answer a resource
 * documents itself with a body (a sign-in's 401, a delete's 409 naming what refers to it) is kept as written.
 */
final class ProblemResponses {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String RESPONSES = "#/components/responses/";
    static final String NOT_MODIFIED = "NotModified";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String EXAMPLE_INSTANCE = "/api/v1/actions/0b8f7a52-6d1e-4c3a-9f2b-7e5d4c3b2a10";

    /** A problem answer many operations share: its component name, status and what it means there. */
    private record Shared(String name, int status, String description) {}

    private static final Shared BAD_REQUEST = new Shared(
            "BadRequest", 400, "Malformed request: unreadable JSON, wrong JSON type, unknown field or bad parameter");
    private static final Shared UNAUTHORIZED =
            new Shared("Unauthorized", 401, "No valid access token or integration key (WWW-Authenticate: Bearer)");
    private static final Shared FORBIDDEN = new Shared(
            "Forbidden", 403, "Authenticated, but this caller may not do this (integration keys are read-only)");
    private static final Shared NOT_FOUND =
            new Shared("NotFound", 404, "No such resource, or one outside the caller's Trusts");
    private static final Shared NOT_ACCEPTABLE = new Shared(
            "NotAcceptable",
            406,
            "None of the media types in Accept is one this operation answers with (the problem names them)");
    private static final Shared KEY_CONFLICT = new Shared(
            "IdempotencyConflict", 409, "Conflict with the current state, or the same Idempotency-Key still in flight");
    private static final Shared STATE_CONFLICT =
            new Shared("StateConflict", 409, "The command is not allowed in the resource's current state");
    private static final Shared PRECONDITION_FAILED =
            new Shared("PreconditionFailed", 412, "If-Match does not name the current version");
    private static final Shared TOO_LARGE = new Shared("PayloadTooLarge", 413, "Request body larger than the limit");
    private static final Shared UNSUPPORTED = new Shared("UnsupportedMediaType", 415, "Request body is not JSON");
    private static final Shared INVALID =
            new Shared("UnprocessableContent", 422, "Well-formed but invalid: the errors array names each field");
    private static final Shared INVALID_OR_KEY_REUSED = new Shared(
            "UnprocessableContentOrKeyReused",
            422,
            "Well-formed but invalid, or an Idempotency-Key reused for a different request");
    private static final Shared PRECONDITION_REQUIRED = new Shared("PreconditionRequired", 428, "If-Match is missing");
    private static final Shared TOO_MANY = new Shared(
            "TooManyRequests",
            429,
            "Too many requests for this caller's budget (see RateLimit-Policy); retry after Retry-After");
    private static final Shared INTERNAL_ERROR =
            new Shared("InternalError", 500, "Unexpected error; the body carries only the request id");
    private static final Shared UNAVAILABLE = new Shared(
            "ServiceUnavailable",
            503,
            "Every try of the change lost to concurrent writers; send it again after Retry-After");
    private static final List<Shared> SHARED = List.of(
            BAD_REQUEST,
            UNAUTHORIZED,
            FORBIDDEN,
            NOT_FOUND,
            NOT_ACCEPTABLE,
            KEY_CONFLICT,
            STATE_CONFLICT,
            PRECONDITION_FAILED,
            TOO_LARGE,
            UNSUPPORTED,
            INVALID,
            INVALID_OR_KEY_REUSED,
            PRECONDITION_REQUIRED,
            TOO_MANY,
            INTERNAL_ERROR,
            UNAVAILABLE);

    private ProblemResponses() {}

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
        SHARED.forEach(shared -> openAPI.getComponents().addResponse(shared.name(), component(shared)));
        openAPI.getComponents()
                .addResponse(
                        NOT_MODIFIED,
                        OASFactory.createAPIResponse()
                                .description("Not modified: If-None-Match names the current version"));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> addResponses(path, method, operation));
        });
    }

    private static void addResponses(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, Shared> add = new TreeMap<>();
        put(add, BAD_REQUEST);
        put(add, NOT_ACCEPTABLE);
        put(add, INTERNAL_ERROR);
        put(add, TOO_MANY);
        if (method != PathItem.HttpMethod.GET) {
            put(add, UNAVAILABLE);
        }
        if (path.contains("{")) {
            put(add, NOT_FOUND);
        }
        if (operation.getRequestBody() != null) {
            put(add, TOO_LARGE);
            put(add, UNSUPPORTED);
            put(add, INVALID);
        }
        if (hasHeader(operation, "Idempotency-Key")) {
            put(add, KEY_CONFLICT);
            put(add, INVALID_OR_KEY_REUSED);
        }
        if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
            put(add, UNAUTHORIZED);
            put(add, FORBIDDEN);
        }
        if (hasHeader(operation, "If-Match")) {
            put(add, STATE_CONFLICT);
            put(add, PRECONDITION_FAILED);
            put(add, PRECONDITION_REQUIRED);
        }
        APIResponses responses = operation.getResponses();
        if (hasHeader(operation, "If-None-Match") && !responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", reference(NOT_MODIFIED));
        }
        add.forEach((code, shared) -> {
            APIResponse existing = responses.getAPIResponse(code);
            if (existing == null || existing.getContent() == null) {
                responses.addAPIResponse(code, reference(shared.name()));
            }
        });
        responses.getAPIResponses().forEach((code, response) -> exampleFor(path, code, response));
    }

    /** The status of a shared response component, for the headers it carries. */
    static String statusOf(String component) {
        if (component.equals(NOT_MODIFIED)) {
            return "304";
        }
        return SHARED.stream()
                .filter(shared -> shared.name().equals(component))
                .findFirst()
                .map(shared -> String.valueOf(shared.status()))
                .orElseThrow();
    }

    private static void put(Map<String, Shared> add, Shared shared) {
        add.put(String.valueOf(shared.status()), shared);
    }

    private static APIResponse reference(String name) {
        return OASFactory.createAPIResponse().ref(RESPONSES + name);
    }

    private static APIResponse component(Shared shared) {
        APIResponse response = problem(shared.description());
        response.getContent()
                .getMediaType(PROBLEM_JSON)
                .setExample(example(shared.status(), shared.description(), EXAMPLE_INSTANCE));
        return response;
    }

    /** A problem answer a resource documents itself carries the problem type of its own status and its path. */
    private static void exampleFor(String path, String code, APIResponse response) {
        if (response.getRef() != null
                || response.getContent() == null
                || response.getContent().getMediaType(PROBLEM_JSON) == null
                || !code.matches("\\d{3}")) {
            return;
        }
        response.getContent()
                .getMediaType(PROBLEM_JSON)
                .setExample(example(Integer.parseInt(code), response.getDescription(), path));
    }

    private static Map<String, Object> example(int status, String detail, String instance) {
        ProblemType type = ProblemType.forStatus(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", instance);
        example.put("requestId", "5f0c7d2e-8a41-4b8e-9d6a-3c2b1a0f9e87");
        if (status == 422) {
            Map<String, Object> error = new LinkedHashMap<>(); // ordered: the committed contract must not drift
            error.put("field", "title");
            error.put("message", "must not be blank");
            example.put("errors", List.of(error));
        }
        return example;
    }

    static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                PROBLEM_JSON,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    private static boolean hasHeader(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null
                && parameters.stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text(200))
                .addProperty("message", text(500));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", text(100).format("uri").pattern("^urn:imroc-tracker:problem:[a-z-]+$"))
                .addProperty("title", text(100))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text(2000))
                .addProperty("instance", text(4096))
                .addProperty("requestId", text(128))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(fieldError)
                                .maxItems(20))
                .addProperty(
                        "errorCount",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(100_000)))
                .required(List.of("type", "title", "status"));
    }

    private static Schema text(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }
}
