package org.imroc.tracker.common.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Inject
    IdempotencyRepository records;

    @Test
    void sameKeyAndBodyReplaysTheFirstResponseAndCreatesNothingTwice() {
        String key = UUID.randomUUID().toString();
        String marker = TestData.uniqueName("Idem");
        Map<String, Object> body = TestData.trustBody(marker);
        Response first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/trusts");
        Response second = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/trusts");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        given().queryParam("q", marker).get("/api/v1/trusts").then().body("items.size()", equalTo(1));
    }

    @Test
    void sameKeyWithADifferentBodyIs422() {
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("One"))).post("/api/v1/trusts").then().statusCode(201);
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("Two"))).post("/api/v1/trusts")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void keyStillInFlightIs409() {
        Map<String, Object> body = TestData.trustBody(TestData.uniqueName("Flight"));
        String done = UUID.randomUUID().toString();
        given().header("Idempotency-Key", done).contentType(ContentType.JSON).body(body)
                .post("/api/v1/trusts").then().statusCode(201);
        // A second key for the same request whose first attempt is still running: claimed, no response yet.
        String running = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            String hash = records.findById(new IdempotencyRecordId("anonymous", done)).getRequestHash();
            records.persist(new IdempotencyRecord(new IdempotencyRecordId("anonymous", running), hash, Instant.now()));
        });
        given().header("Idempotency-Key", running).contentType(ContentType.JSON).body(body)
                .post("/api/v1/trusts")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void abandonedInFlightKeyIsTakenOverAfterTheTimeout() {
        Map<String, Object> body = TestData.trustBody(TestData.uniqueName("Abandoned"));
        String done = UUID.randomUUID().toString();
        given().header("Idempotency-Key", done).contentType(ContentType.JSON).body(body)
                .post("/api/v1/trusts").then().statusCode(201);
        given().header("If-Match", "*").delete(given().header("Idempotency-Key", done).contentType(ContentType.JSON)
                .body(body).post("/api/v1/trusts").header("Location")).then().statusCode(204);
        String crashed = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            String hash = records.findById(new IdempotencyRecordId("anonymous", done)).getRequestHash();
            records.persist(new IdempotencyRecord(new IdempotencyRecordId("anonymous", crashed), hash,
                    Instant.now().minusSeconds(3600)));
        });
        given().header("Idempotency-Key", crashed).contentType(ContentType.JSON).body(body)
                .post("/api/v1/trusts").then().statusCode(201);
    }

    @Test
    void failedRequestReleasesTheKeySoACorrectedRetryRuns() {
        Map<String, Object> existing = TestData.trustBody(TestData.uniqueName("Taken"));
        given().contentType(ContentType.JSON).body(existing).post("/api/v1/trusts").then().statusCode(201);
        String key = UUID.randomUUID().toString();
        Map<String, Object> clash = Map.of("name", "Clash", "odsCode", existing.get("odsCode"));
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(clash)
                .post("/api/v1/trusts").then().statusCode(409);
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("Fixed")))
                .post("/api/v1/trusts").then().statusCode(201);
    }

    @Test
    void overlongKeyIs400() {
        given().header("Idempotency-Key", "k".repeat(256)).contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("Long"))).post("/api/v1/trusts")
                .then().statusCode(400);
    }
}
