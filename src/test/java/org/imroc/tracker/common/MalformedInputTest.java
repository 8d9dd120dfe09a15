package org.imroc.tracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Malformed is never 500 (docs/api-conventions.md): duplicate keys, wrong types at any depth, absurd numbers, odd
 * headers and the HTTP server's own refusals all answer problem+json, fast, before any arithmetic.
 */
@QuarkusTest
class MalformedInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void duplicateKeysAre400() {
        String goal = Pdsa.goal(TestData.createTrust(TestData.uniqueName("Dup")));
        String cycle = Pdsa.cycleInPlan(goal);
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"to\":\"DO\",\"to\":\"DO\"}")
                .post("/api/v1/cycles/" + cycle + "/transitions")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("uplicate"));
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body("{\"username\":\"a\",\"username\":\"b\",\"password\":\"x\"}")
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void aWrongTypeInsideAnArrayIs400NamingTheElement() {
        String trust = TestData.createTrust(TestData.uniqueName("Nested"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"visitedOn\":\"2026-11-01\",\"type\":\"SUPPORT\",\"challengesDiscussed\":[1,{}]}")
                .post("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("challengesDiscussed[1]"));
    }

    @Test
    void absurdNumbersAreRefusedBeforeAnyArithmetic() {
        String goal = Pdsa.goal(TestData.createTrust(TestData.uniqueName("Absurd")));
        for (String number :
                new String[] {"1e30000000", "-1e300000000", "1e-30000000", "123456789012345678901234567890.5"}) {
            long started = System.nanoTime();
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body("{\"score\":" + number + "}")
                    .post("/api/v1/goals/" + goal + "/progress-scores")
                    .then()
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("score"));
            assertThat((System.nanoTime() - started) / 1_000_000).as(number).isLessThan(1000);
        }
        asAdmin()
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"targetValue\":1e30000000}")
                .patch("/api/v1/goals/" + goal)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("targetValue"));
    }

    @Test
    void aFloatWhereAWholeNumberBelongsIs400() {
        String trust = TestData.createTrust(TestData.uniqueName("Float"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(java.util.Map.of(
                        "challengeNumber", 2.5, "title", "t", "aimStatement", "a", "targetDate", "2027-01-01"))
                .post("/api/v1/trusts/" + trust + "/goals")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void tenThousandItemsAreRefusedAtTheLimitWithOneProblem() {
        String trust = TestData.createTrust(TestData.uniqueName("Items"));
        String zeros = String.join(",", Collections.nCopies(10_000, "0"));
        long started = System.nanoTime();
        Response response = asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"visitedOn\":\"2026-11-01\",\"type\":\"SUPPORT\",\"challengesDiscussed\":[" + zeros + "]}")
                .post("/api/v1/trusts/" + trust + "/visits");
        long millis = (System.nanoTime() - started) / 1_000_000;
        response.then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.size()", lessThanOrEqualTo(20))
                .body("errors[0].field", equalTo("challengesDiscussed"));
        assertThat(millis).isLessThan(1000);
        assertThat(response.asString().length()).isLessThan(5_000);
    }

    @Test
    void manyInvalidFieldsListTheFirstTwentyAndCountThemAll() {
        String goal = Pdsa.goal(TestData.createTrust(TestData.uniqueName("ManyErrors")));
        String cycle = Pdsa.cycleInStudy(goal);
        String reviewers = String.join(",", Collections.nCopies(20, "\"\""));
        String results = String.join(",", Collections.nCopies(10, "{\"question\":\"\"}"));
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", Pdsa.etag("/api/v1/cycles/" + cycle))
                .body("{\"reviewedOn\":\"2026-12-01\",\"reviewers\":[" + reviewers + "],\"results\":[" + results
                        + "],\"matchedPredictions\":\"YES\",\"decision\":\"ADOPT\"}")
                .post("/api/v1/cycles/" + cycle + "/review")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.size()", equalTo(20))
                .body("errorCount", equalTo(30));
    }

    @Test
    void anEmptyAcceptHeaderMeansAnythingAndIsAnsweredAsJson() {
        String trust = TestData.createTrust(TestData.uniqueName("Accept"));
        asAdmin()
                .header("Accept", "")
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void anUnparseableAcceptHeaderIs400Problem() {
        String trust = TestData.createTrust(TestData.uniqueName("Accept"));
        asAdmin()
                .header("Accept", ";;;q=x")
                .get("/api/v1/trusts/" + trust + "/progress")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("Accept"));
    }

    @Test
    void anEmptyOrUnparseableContentTypeIs415ProblemEvenWhereSeveralTypesAreTaken() throws IOException {
        String trust = TestData.createTrust(TestData.uniqueName("Content type"));
        String measure = Measures.monthly(trust);
        String body = "{\"items\":[{\"period\":\"2025-01\",\"value\":3}]}";
        for (String contentType : new String[] {"", "application/", ";;;"}) {
            String answer = raw("POST /api/v1/measures/" + measure + "/observations HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Api.adminToken() + "\r\nContent-Type: " + contentType + "\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
            assertThat(answer)
                    .as("Content-Type '" + contentType + "'")
                    .startsWith("HTTP/1.1 415")
                    .containsIgnoringCase("content-type: " + PROBLEM)
                    .contains("\"status\":415");
        }
        String actions = raw("POST /api/v1/trusts/" + trust + "/actions HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Api.adminToken() + "\r\nContent-Type: \r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}");
        assertThat(actions).startsWith("HTTP/1.1 415").contains("\"status\":415");
    }

    @Test
    void aTamperedCursorOutsideTheCalendarIs400ProblemOnEveryList() {
        String trust = TestData.createTrust(TestData.uniqueName("Cursor"));
        String measure = Measures.monthly(trust);
        java.util.UUID id = java.util.UUID.randomUUID();
        for (String raw :
                new String[] {"31556889864403199:999999999:" + id, "-31557014167219200:0:" + id, "253402300800:0:" + id
                }) {
            String cursor = java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            for (String list : new String[] {
                "/api/v1/measures/" + measure + "/observations",
                "/api/v1/trusts/" + trust + "/actions",
                "/api/v1/trusts/" + trust + "/goals",
                "/api/v1/trusts"
            }) {
                asAdmin()
                        .queryParam("cursor", cursor)
                        .get(list)
                        .then()
                        .statusCode(400)
                        .contentType(PROBLEM)
                        .body("errors[0].field", equalTo("cursor"));
            }
        }
        String feed = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("f1:1:" + Long.MAX_VALUE).getBytes(StandardCharsets.UTF_8));
        asAdmin()
                .queryParam("after", feed)
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        String negative = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("f1:-5:".getBytes(StandardCharsets.UTF_8));
        asAdmin()
                .queryParam("after", negative)
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Problem() throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/trusts")
                        .toURL()
                        .openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setChunkedStreamingMode(8192);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Authorization", "Bearer " + org.imroc.tracker.support.Api.adminToken());
        try (OutputStream out = connection.getOutputStream()) {
            byte[] block = new byte[8192];
            java.util.Arrays.fill(block, (byte) ' ');
            out.write('{');
            for (int i = 0; i < 40; i++) {
                out.write(block);
            }
            out.write('}');
        } catch (IOException serverClosedEarly) {
            // The server may answer and close before the whole body is sent; the answer is read below.
        }
        assertThat(connection.getResponseCode()).isEqualTo(413);
        assertThat(connection.getContentType()).startsWith(PROBLEM);
        try (InputStream body = connection.getErrorStream()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("\"status\":413");
        }
    }

    @Test
    void aVeryLongUrlIs414Problem() throws IOException {
        String answer = raw("GET /api/v1/challenges?q=" + "a".repeat(6000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer)
                .startsWith("HTTP/1.1 414")
                .containsIgnoringCase("content-type: " + PROBLEM)
                .contains("\"status\":414");
    }

    @Test
    void veryLargeHeadersAre431Problem() throws IOException {
        String answer = raw("GET /api/v1/challenges HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer)
                .startsWith("HTTP/1.1 431")
                .containsIgnoringCase("content-type: " + PROBLEM)
                .contains("\"status\":431");
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
