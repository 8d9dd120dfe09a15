package org.imroc.tracker.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.Api;
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
        Response first = asAdmin()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts");
        Response second = asAdmin()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        asAdmin().queryParam("q", marker).get("/api/v1/trusts").then().body("items.size()", equalTo(1));
    }

    @Test
    void sameKeyWithADifferentBodyIs422() {
        String key = UUID.randomUUID().toString();
        asAdmin()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("One")))
                .post("/api/v1/trusts")
                .then()
                .statusCode(201);
        asAdmin()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("Two")))
                .post("/api/v1/trusts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    /** Keys are scoped to the caller: the principal name, which is the user's id. */
    private static String adminId() {
        return asAdmin().get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        asAdmin()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("Mine")))
                .post("/api/v1/trusts")
                .then()
                .statusCode(201);
        Api.TestUser other = Api.createUser("ADMIN", java.util.List.of());
        other.request()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("Theirs")))
                .post("/api/v1/trusts")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void keyStillInFlightIs409() {
        Map<String, Object> body = TestData.trustBody(TestData.uniqueName("Flight"));
        String done = UUID.randomUUID().toString();
        asAdmin()
                .header("Idempotency-Key", done)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts")
                .then()
                .statusCode(201);
        // A second key for the same request whose first attempt is still running: claimed, no response yet.
        String running = UUID.randomUUID().toString();
        String me = adminId();
        QuarkusTransaction.requiringNew().run(() -> {
            String hash = records.findById(new IdempotencyRecordId(me, done)).getRequestHash();
            records.persist(new IdempotencyRecord(new IdempotencyRecordId(me, running), hash, Instant.now()));
        });
        asAdmin()
                .header("Idempotency-Key", running)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void abandonedInFlightKeyIsTakenOverAfterTheTimeout() {
        Map<String, Object> body = TestData.trustBody(TestData.uniqueName("Abandoned"));
        String done = UUID.randomUUID().toString();
        asAdmin()
                .header("Idempotency-Key", done)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts")
                .then()
                .statusCode(201);
        asAdmin()
                .header("If-Match", "*")
                .delete(asAdmin()
                        .header("Idempotency-Key", done)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/trusts")
                        .header("Location"))
                .then()
                .statusCode(204);
        String crashed = UUID.randomUUID().toString();
        String me = adminId();
        QuarkusTransaction.requiringNew().run(() -> {
            String hash = records.findById(new IdempotencyRecordId(me, done)).getRequestHash();
            records.persist(new IdempotencyRecord(
                    new IdempotencyRecordId(me, crashed), hash, Instant.now().minusSeconds(3600)));
        });
        asAdmin()
                .header("Idempotency-Key", crashed)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts")
                .then()
                .statusCode(201);
    }

    @Test
    void failedRequestReleasesTheKeySoACorrectedRetryRuns() {
        Map<String, Object> existing = TestData.trustBody(TestData.uniqueName("Taken"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(existing)
                .post("/api/v1/trusts")
                .then()
                .statusCode(201);
        String key = UUID.randomUUID().toString();
        Map<String, Object> clash = Map.of("name", "Clash", "odsCode", existing.get("odsCode"));
        asAdmin()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(clash)
                .post("/api/v1/trusts")
                .then()
                .statusCode(409);
        asAdmin()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("Fixed")))
                .post("/api/v1/trusts")
                .then()
                .statusCode(201);
    }

    @Test
    void overlongKeyIs400() {
        asAdmin()
                .header("Idempotency-Key", "k".repeat(256))
                .contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("Long")))
                .post("/api/v1/trusts")
                .then()
                .statusCode(400);
    }
}
