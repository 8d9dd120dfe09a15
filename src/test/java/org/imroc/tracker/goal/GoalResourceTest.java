package org.imroc.tracker.goal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GoalResourceTest {

    @Test
    void leadCreatesReadsAndChangesAGoalOfTheirTrust() {
        String trust = TestData.createTrust(TestData.uniqueName("Goals"));
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(trust));
        String id = lead.request()
                .contentType(ContentType.JSON)
                .body(Pdsa.goalBody(6))
                .post("/api/v1/trusts/" + trust + "/goals")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/goals/"))
                .body("trustId", equalTo(trust))
                .body("challengeNumber", equalTo(6))
                .body("targetValue", equalTo(20))
                .body("status", equalTo("ACTIVE"))
                .body("latestScore", nullValue())
                .extract()
                .path("id");
        lead.request()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"status\":\"ACHIEVED\",\"priority\":null}")
                .patch("/api/v1/goals/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("detail", containsString("POST /api/v1/goals/" + id + "/transitions"));
        lead.request()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"priority\":null}")
                .patch("/api/v1/goals/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("priority", nullValue())
                .header("ETag", equalTo("\"1\""));
        lead.request()
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("to", "ACHIEVED"))
                .post("/api/v1/goals/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACHIEVED"))
                .header("ETag", equalTo("\"2\""));
        lead.request()
                .header("If-Match", "\"2\"")
                .contentType(ContentType.JSON)
                .body(Map.of("to", "DROPPED"))
                .post("/api/v1/goals/" + id + "/transitions")
                .then()
                .statusCode(409)
                .body("detail", containsString("from ACHIEVED it may move to [ACTIVE]"));
        lead.request().get("/api/v1/goals/" + id).then().statusCode(200).body("aimStatement", notNullValue());
    }

    @Test
    void listFiltersByChallengeAndStatus() {
        String trust = TestData.createTrust(TestData.uniqueName("GoalList"));
        String six = Pdsa.goal(trust);
        String three = asAdmin()
                .contentType(ContentType.JSON)
                .body(Pdsa.goalBody(3))
                .post("/api/v1/trusts/" + trust + "/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asAdmin()
                .get("/api/v1/trusts/" + trust + "/goals")
                .then()
                .statusCode(200)
                .body("items.id", contains(six, three));
        asAdmin()
                .queryParam("challenge", 3)
                .get("/api/v1/trusts/" + trust + "/goals")
                .then()
                .body("items.id", contains(three));
        asAdmin()
                .queryParam("status", "DROPPED")
                .get("/api/v1/trusts/" + trust + "/goals")
                .then()
                .body("items.size()", equalTo(0));
        asAdmin()
                .queryParam("status", "LOST")
                .get("/api/v1/trusts/" + trust + "/goals")
                .then()
                .statusCode(400);
    }

    @Test
    void badGoalsAre422() {
        String trust = TestData.createTrust(TestData.uniqueName("BadGoal"));
        for (int challenge : new int[] {0, 11}) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(Pdsa.goalBody(challenge))
                    .post("/api/v1/trusts/" + trust + "/goals")
                    .then()
                    .statusCode(422)
                    .body("errors[0].field", equalTo("challengeNumber"));
        }
        Map<String, Object> body = Pdsa.goalBody(1);
        body.remove("targetDate");
        body.put("title", "t".repeat(201));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/goals")
                .then()
                .statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("targetDate", "title"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Pdsa.goalBody(1))
                .post("/api/v1/trusts/" + UUID.randomUUID() + "/goals")
                .then()
                .statusCode(404);
    }

    @Test
    void progressScoresKeepAHistoryAndTheGoalShowsTheLatest() {
        String trust = TestData.createTrust(TestData.uniqueName("Scores"));
        String goal = Pdsa.goal(trust);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("score", 1.0, "note", "Charter agreed"))
                .post("/api/v1/goals/" + goal + "/progress-scores")
                .then()
                .statusCode(201)
                .body("score", equalTo(1.0f))
                .body("recordedBy", equalTo("admin"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("score", 2.5))
                .post("/api/v1/goals/" + goal + "/progress-scores")
                .then()
                .statusCode(201);
        asAdmin()
                .get("/api/v1/goals/" + goal)
                .then()
                .statusCode(200)
                .body("latestScore", equalTo(2.5f))
                .body("latestScoreAt", notNullValue())
                .header("ETag", equalTo("\"2\""));
        String first = asAdmin()
                .get("/api/v1/goals/" + goal + "/progress-scores")
                .then()
                .statusCode(200)
                .body("items.score", contains(1.0f, 2.5f))
                .body("items[0].note", equalTo("Charter agreed"))
                .extract()
                .path("items[0].id");
        String etag = asAdmin()
                .get("/api/v1/goals/" + goal + "/progress-scores/" + first)
                .then()
                .statusCode(200)
                .body("score", equalTo(1.0f))
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        asAdmin()
                .header("If-None-Match", etag)
                .get("/api/v1/goals/" + goal + "/progress-scores/" + first)
                .then()
                .statusCode(304);
    }

    @Test
    void scoresOffTheIhiScaleAre422() {
        String goal = Pdsa.goal(TestData.createTrust(TestData.uniqueName("OffScale")));
        for (Object score : new Object[] {0.0, 0.4, 1.25, 5.5, 3.05}) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(Map.of("score", score))
                    .post("/api/v1/goals/" + goal + "/progress-scores")
                    .then()
                    .statusCode(422)
                    .body("errors[0].field", equalTo("score"));
        }
    }

    @Test
    void goalWithCyclesOrActionsCannotBeDeletedButAnEmptyOneCan() {
        String trust = TestData.createTrust(TestData.uniqueName("DelGoal"));
        String withCycle = Pdsa.goal(trust);
        Pdsa.cycleInPlan(withCycle);
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/goals/" + withCycle)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        String withAction = Pdsa.goal(trust);
        Map<String, Object> action = Pdsa.actionBody();
        action.put("goalId", withAction);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(action)
                .post("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(201);
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/goals/" + withAction)
                .then()
                .statusCode(409);
        String empty = Pdsa.goal(trust);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("score", 0.5))
                .post("/api/v1/goals/" + empty + "/progress-scores")
                .then()
                .statusCode(201);
        asAdmin()
                .header("If-Match", "\"1\"")
                .delete("/api/v1/goals/" + empty)
                .then()
                .statusCode(204);
        asAdmin().get("/api/v1/goals/" + empty).then().statusCode(404);
    }
}
