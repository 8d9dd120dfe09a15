package org.imroc.tracker;

import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Assess;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.imroc.tracker.support.Units;
import org.junit.jupiter.api.Test;

/**
 * Sends generated bad input to every operation of the contract (read from the service's own /q/openapi, so a new
 * endpoint is covered the day it is added): wrong JSON types for each body field, absurd numbers, huge strings and
 * arrays, malformed and duplicate-key JSON, odd headers and query values. Every answer must be below 500, a
 * problem+json body when it is an error, and come back well under a second.
 */
@QuarkusTest
class HostileInputTest {

    private static final long ANSWER_MILLIS = 1000;
    private static final List<String> BAD_VALUES = List.of(
            "\"\"",
            "\"x\"",
            "0",
            "-1",
            "1.5",
            "true",
            "{}",
            "[]",
            "null",
            "1e30000000",
            "-1e300000000",
            "1e-30000000",
            "123456789012345678901234567890123456789012345678901234567890",
            "\"" + "a".repeat(100_000) + "\"",
            "[" + String.join(",", Collections.nCopies(10_000, "null")) + "]",
            "[" + String.join(",", Collections.nCopies(10_000, "\"\"")) + "]",
            "[" + String.join(",", Collections.nCopies(10_000, "0")) + "]",
            "[1,{}]",
            "{\"a\":{\"b\":{\"c\":[[[[]]]]}}}",
            "\"\\u0000\\ud800\"",
            "\"2026-02-30\"",
            "\"00000000-0000-0000-0000-000000000000\"");
    private static final List<String> BAD_BODIES = List.of(
            "",
            "{",
            "{\"a\":",
            "[]",
            "\"text\"",
            "null",
            "123",
            "{\"a\":1,\"a\":1}",
            "[".repeat(5_000),
            "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}",
            "\u00ff\u00fe",
            "{} {}");
    private static final List<UnaryOperator<HttpRequest.Builder>> BAD_HEADERS = List.of(
            r -> r.header("Accept", ""),
            r -> r.header("Accept", "*/*;q=x"),
            r -> r.header("Accept", "application/xml"),
            r -> r.header("Accept", "text/csv"),
            r -> r.header("If-Match", "\"" + "9".repeat(400) + "\""),
            r -> r.header("If-Match", "W/\"0\", garbage,,"),
            r -> r.header("If-None-Match", "\"\"\""),
            r -> r.header("Idempotency-Key", "k".repeat(300)),
            r -> r.header("Idempotency-Key", " "),
            r -> r.header("X-Request-Id", "<script>"),
            r -> r.header("Content-Type", "application/json; charset=klingon"),
            r -> r.header("Content-Type", "text/plain"),
            r -> r.header("Content-Type", ""),
            r -> r.header("Content-Type", ";;;"),
            r -> r.header("Accept", ";;;q=x"));
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> BAD_QUERY_VALUES = List.of(
            "",
            "x",
            "-1",
            "0",
            "99999999999999999999",
            "1e99999",
            "%00",
            "\u0000",
            "\ud800",
            "a".repeat(3000),
            "2026-13-45",
            "true,false",
            "ME",
            // cursors a client could forge: base64url of an instant past the year 9999, and of a negative feed position
            "MzE1NTY4ODk4NjQ0MDMxOTk6OTk5OTk5OTk5OjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA",
            "ZjE6LTU6");

    private final Map<String, String> ids = new LinkedHashMap<>();
    private Map<String, Object> schemas;
    private Map<String, Object> sharedParameters;
    private int requests;
    private final org.imroc.tracker.support.TestIssuer issuer = new org.imroc.tracker.support.TestIssuer("hostile");

    @org.junit.jupiter.api.AfterEach
    void closeIssuer() {
        issuer.close();
    }

    @Test
    void everyOperationAnswersBadInputWithAFastProblem() {
        fixtures();
        io.restassured.path.json.JsonPath contract = asAdmin()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = contract.getMap("paths");
        schemas = contract.getMap("components.schemas");
        sharedParameters = contract.getMap("components.parameters");
        SoftAssertions softly = new SoftAssertions();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (path.startsWith("/api/") && value instanceof Map<?, ?> operation) {
                attack(softly, method.toUpperCase(), path, operation);
            }
        }));
        System.out.printf("hostile-input: %d requests over %d paths%n", requests, paths.size());
        softly.assertAll();
    }

    private void fixtures() {
        String trust = TestData.createTrust(TestData.uniqueName("Hostile"));
        String goal = Pdsa.goal(trust);
        ids.put("trustId", trust);
        ids.put("goalId", goal);
        ids.put("cycleId", Pdsa.cycleInStudy(goal));
        ids.put("actionId", Pdsa.action(trust));
        ids.put("visitId", Assess.visit(trust));
        ids.put("unitId", Units.ward(trust));
        ids.put("assessmentId", Assess.draft(trust, "SELF", "REVIEW", "2026-10-01", "ENGAGEMENT"));
        ids.put("userId", Api.createUser("CONSULTANT", List.of(trust)).id());
        ids.put(
                "keyId",
                Api.as(Api.createKey(List.of(trust)))
                        .get("/api/v1/me")
                        .then()
                        .extract()
                        .path("id"));
        ids.put(
                "scoreId",
                asAdmin()
                        .contentType("application/json")
                        .body(Map.of("score", 1.5))
                        .post("/api/v1/goals/" + goal + "/progress-scores")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        ids.put("number", "4");
        String measure = Measures.monthly(trust);
        Measures.record(measure, Measures.months("2024-01", "4", "5"));
        ids.put("measureId", measure);
        ids.put("period", "2024-01");
        String set = org.imroc.tracker.support.Sets.create(
                List.of(org.imroc.tracker.support.Sets.userId(Api.adminToken())), List.of("prone-restraint"), trust);
        ids.put("setId", set);
        ids.put("sessionId", org.imroc.tracker.support.Sets.session(set));
        ids.put("reportId", org.imroc.tracker.support.Sets.draft(set, trust));
        ids.put(
                "webhookId",
                asAdmin()
                        .contentType("application/json")
                        .body(Map.of("url", "http://127.0.0.1:9/hostile", "trustIds", List.of(trust), "active", false))
                        .post("/api/v1/webhooks")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        ids.put(
                "providerId",
                asAdmin()
                        .contentType("application/json")
                        .body(Map.of(
                                "issuer",
                                issuer.issuer(),
                                "audience",
                                "tracker",
                                "roleMappings",
                                List.of(Map.of("claimValue", "leads", "role", "TRUST_LEAD"))))
                        .post("/api/v1/trusts/" + trust + "/identity-providers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
    }

    private void attack(SoftAssertions softly, String method, String template, Map<?, ?> operation) {
        String path = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        boolean destructive = method.equals("DELETE");
        String contentType = requestContentType(operation);
        for (UnaryOperator<HttpRequest.Builder> header : BAD_HEADERS) {
            send(
                    softly,
                    method,
                    path,
                    destructive ? header : r -> header.apply(r.header("If-Match", "*")),
                    contentType == null ? null : "{}");
        }
        for (String query : queryParameters(operation)) {
            for (String value : BAD_QUERY_VALUES) {
                send(
                        softly,
                        method,
                        path + "?" + query + "="
                                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8),
                        r -> r,
                        contentType == null ? null : "{}");
            }
        }
        if (contentType == null || destructive) {
            return;
        }
        for (String body : BAD_BODIES) {
            send(softly, method, path, r -> r.header("If-Match", "*").header("Content-Type", contentType), body);
        }
        for (String field : bodyFields(operation)) {
            for (String value : BAD_VALUES) {
                send(
                        softly,
                        method,
                        path,
                        r -> r.header("If-Match", "*").header("Content-Type", contentType),
                        "{\"" + field + "\":" + value + "}");
            }
        }
    }

    private void send(
            SoftAssertions softly, String method, String path, UnaryOperator<HttpRequest.Builder> shape, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + Api.adminToken());
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        HttpRequest request = shape.apply(builder)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        String what = method + " " + path + " " + (body == null ? "" : body.substring(0, Math.min(60, body.length())));
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            softly.fail(what + ": " + e);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        requests++;
        softly.assertThat(response.statusCode()).as(what + " status").isLessThan(500);
        if (response.statusCode() >= 400) {
            softly.assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(what + " content type")
                    .startsWith("application/problem+json");
        }
        softly.assertThat(millis).as(what + " millis").isLessThan(ANSWER_MILLIS);
    }

    private static String requestContentType(Map<?, ?> operation) {
        if (!(operation.get("requestBody") instanceof Map<?, ?> body)
                || !(body.get("content") instanceof Map<?, ?> content)) {
            return null;
        }
        return content.keySet().iterator().next().toString();
    }

    /** The top-level field names of the operation's request body, from its schema in components. */
    private List<String> bodyFields(Map<?, ?> operation) {
        List<String> fields = new ArrayList<>(List.of("unknownField"));
        Map<String, Object> document = schemas;
        if (operation.get("requestBody") instanceof Map<?, ?> body
                && body.get("content") instanceof Map<?, ?> content) {
            for (Object media : content.values()) {
                if (media instanceof Map<?, ?> m
                        && m.get("schema") instanceof Map<?, ?> schema
                        && schema.get("$ref") instanceof String ref
                        && document.get(ref.substring(ref.lastIndexOf('/') + 1)) instanceof Map<?, ?> resolved
                        && resolved.get("properties") instanceof Map<?, ?> properties) {
                    properties.keySet().forEach(name -> fields.add(name.toString()));
                }
            }
        }
        return fields;
    }

    /** The operation's query parameters, its own and those it names from components/parameters. */
    private List<String> queryParameters(Map<?, ?> operation) {
        List<String> names = new ArrayList<>();
        if (operation.get("parameters") instanceof List<?> parameters) {
            for (Object declared : parameters) {
                Object parameter = declared instanceof Map<?, ?> d && d.get("$ref") instanceof String ref
                        ? sharedParameters.get(ref.substring(ref.lastIndexOf('/') + 1))
                        : declared;
                if (parameter instanceof Map<?, ?> p && "query".equals(p.get("in"))) {
                    names.add(p.get("name").toString());
                }
            }
        }
        return names;
    }
}
