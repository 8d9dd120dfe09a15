package org.imroc.tracker.common.openapi;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the headers every API answer carries (RateLimit, RateLimit-Policy, X-Request-Id, and
 * Access-Control-Allow-Origin where CORS is configured) once, as header components, and references them from each
 * shared response component and from each answer an operation writes out itself.
 */
final class ResponseHeaders {

    static final String RATE_LIMIT = "RateLimit";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    static final String REQUEST_ID = "X-Request-Id";
    static final String RETRY_AFTER = "Retry-After";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    private static final String HEADERS = "#/components/headers/";

    private ResponseHeaders() {}

    static void add(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addHeader(
                RATE_LIMIT,
                header(
                        "What remains of the caller's budget and seconds until it resets "
                                + "(draft-ietf-httpapi-ratelimit-headers), e.g. \"reads\";r=1187;t=42",
                        text(200, "^\"[a-z]+\";r=\\d+;t=\\d+$")));
        components.addHeader(
                RATE_LIMIT_POLICY,
                header(
                        "The budget that applies: requests (q) per window of w "
                                + "seconds, e.g. \"reads\";q=1200;w=60",
                        text(200, "^\"[a-z]+\";q=\\d+;w=\\d+$")));
        components.addHeader(
                REQUEST_ID,
                header(
                        "The request's id (yours if you sent a safe one); quote it when " + "reporting a problem",
                        text(128, "^[A-Za-z0-9._:\\-]{1,128}$")));
        components.addHeader(
                RETRY_AFTER,
                header(
                        "Seconds to wait before trying again",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(BigDecimal.ZERO)
                                .maximum(BigDecimal.valueOf(86_400))));
        components.addHeader(
                ALLOW_ORIGIN,
                header(
                        "Only when CORS is configured (QUARKUS_HTTP_CORS_ORIGINS) and the "
                                + "request's Origin is one of those allowed",
                        text(2048, "^(https?://\\S+|\\*)$")));
        components.addHeader(
                ETAG,
                header(
                        "The representation's version (a strong entity tag): send it back in "
                                + "If-Match to change it, or in If-None-Match to get 304 while it is current",
                        text(200, "^\"[^\"]{1,198}\"$")));
        components.addHeader(LOCATION, header("Where the created resource lives", text(2048, "^\\S+$")));
        components.addHeader(
                REPLAYED,
                header(
                        "true when this is the stored answer to an earlier request with the "
                                + "same Idempotency-Key (nothing was created again)",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .addEnumeration("true")
                                .maxLength(4)));
        components.addHeader(
                WWW_AUTHENTICATE,
                header(
                        "The scheme to authenticate with: Bearer (an access token or " + "an integration key)",
                        text(200, "^Bearer.*$")));
        if (components.getResponses() != null) {
            components
                    .getResponses()
                    .forEach((name, response) -> addTo(ProblemResponses.statusOf(name), response, false, false));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(ResponseHeaders::addTo);
            }
        });
    }

    /** An operation's own answers; those it names by reference carry their headers in the component. */
    private static void addTo(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        boolean versioned = hasHeader(operation, "If-Match") || hasHeader(operation, "If-None-Match");
        boolean idempotent = hasHeader(operation, "Idempotency-Key");
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null) {
                addTo(status, response, versioned, idempotent);
            }
        });
    }

    private static void addTo(String status, APIResponse response, boolean versioned, boolean idempotent) {
        reference(response, RATE_LIMIT);
        reference(response, RATE_LIMIT_POLICY);
        reference(response, REQUEST_ID);
        reference(response, ALLOW_ORIGIN);
        if (status.equals("429") || status.equals("503")) {
            reference(response, RETRY_AFTER);
        }
        if (status.equals("401")) {
            reference(response, WWW_AUTHENTICATE);
        }
        if (status.equals("201")) {
            reference(response, LOCATION);
            if (idempotent) {
                reference(response, REPLAYED);
            }
        }
        if (status.equals("304") || status.equals("201") || (status.equals("200") && versioned)) {
            reference(response, ETAG);
        }
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(
                                p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER
                                        && name.equalsIgnoreCase(p.getName()));
    }

    private static void reference(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
        }
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema text(int maxLength, String pattern) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .maxLength(maxLength)
                .pattern(pattern);
    }
}
