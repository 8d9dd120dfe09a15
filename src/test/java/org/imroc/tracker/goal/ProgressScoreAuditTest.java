package org.imroc.tracker.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/** The audit trail names only versions of the goal that were actually written. */
@QuarkusTest
class ProgressScoreAuditTest {

    @Inject
    EntityManager em;

    @Test
    void aScoreOlderThanTheGoalsLatestChangesNothingOnTheGoalAndAuditsNoGoalVersion() {
        String trust = TestData.createTrust(TestData.uniqueName("ScoreAudit"));
        String goal = Pdsa.goal(trust);
        // Another score, recorded later than this request's clock, is already the goal's latest.
        Instant later = Instant.now().plusSeconds(3600);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update goals set latest_score = 4.0, latest_score_at = ?1 where id = ?2")
                        .setParameter(1, later)
                        .setParameter(2, UUID.fromString(goal))
                        .executeUpdate());

        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("score", 2.5))
                .post("/api/v1/goals/" + goal + "/progress-scores")
                .then()
                .statusCode(201);

        String etag = asAdmin()
                .get("/api/v1/goals/" + goal)
                .then()
                .statusCode(200)
                .body("latestScore", org.hamcrest.Matchers.equalTo(4.0f))
                .extract()
                .header("ETag");
        assertThat(etag).isEqualTo("\"0\"");
        List<Map<String, Object>> goalEvents = asAdmin()
                .queryParam("resourceId", goal)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(goalEvents).extracting(e -> e.get("kind")).containsExactly("CREATED");
    }

    @Test
    void aNewLatestScoreAuditsTheGoalVersionItWrote() {
        String trust = TestData.createTrust(TestData.uniqueName("ScoreAudit"));
        String goal = Pdsa.goal(trust);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("score", 1.5))
                .post("/api/v1/goals/" + goal + "/progress-scores")
                .then()
                .statusCode(201);
        String etag = asAdmin()
                .get("/api/v1/goals/" + goal)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        List<Map<String, Object>> goalEvents = asAdmin()
                .queryParam("resourceId", goal)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(goalEvents).extracting(e -> e.get("kind")).containsExactly("CREATED", "UPDATED");
        assertThat("\"" + goalEvents.get(1).get("version") + "\"").isEqualTo(etag);
    }
}
