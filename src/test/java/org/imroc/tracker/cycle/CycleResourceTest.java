package org.imroc.tracker.cycle;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CycleResourceTest {

    private static String goal() {
        return Pdsa.goal(TestData.createTrust(TestData.uniqueName("Cycles")));
    }

    private static io.restassured.response.Response transition(String cycle, String etag, Map<String, ?> body) {
        return asAdmin()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/cycles/" + cycle + "/transitions");
    }

    @Test
    void cyclesAreNumberedInTheGoalsSeriesAndStartInPlan() {
        String goal = goal();
        String first = Pdsa.cycleInPlan(goal);
        asAdmin()
                .get("/api/v1/cycles/" + first)
                .then()
                .statusCode(200)
                .body("sequence", equalTo(1))
                .body("phase", equalTo("PLAN"))
                .body("plan.questions", hasSize(2))
                .body("plan.questions[0].prediction", equalTo("About 60% will attend"))
                .body("do.startedOn", nullValue());
        Map<String, Object> body = new HashMap<>(Pdsa.cycleBody());
        body.put("previousCycleId", first);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/goals/" + goal + "/cycles")
                .then()
                .statusCode(201)
                .body("sequence", equalTo(2))
                .body("previousCycleId", equalTo(first));
    }

    @Test
    void fullCycleFromPlanThroughDoToStudy() {
        String cycle = Pdsa.cycleInPlan(goal());
        transition(cycle, "\"0\"", Map.of("to", "DO"))
                .then()
                .statusCode(200)
                .body("phase", equalTo("DO"))
                .header("ETag", equalTo("\"1\""));
        transition(cycle, "\"1\"", Map.of("to", "STUDY"))
                .then()
                .statusCode(409)
                .body("detail", containsString("do.startedOn"))
                .body("detail", containsString("do.observations"));
        asAdmin()
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body("{\"do\":{\"startedOn\":\"2026-12-01\",\"observations\":\"Busy first week\"}}")
                .patch("/api/v1/cycles/" + cycle)
                .then()
                .statusCode(200)
                .body("do.observations", equalTo("Busy first week"));
        transition(cycle, "\"2\"", Map.of("to", "STUDY")).then().statusCode(200).body("phase", equalTo("STUDY"));
        transition(cycle, "\"3\"", Map.of("to", "ACT")).then().statusCode(409).body("detail", containsString("review"));
    }

    @Test
    void startingWithoutAPredictionIs409SayingWhatIsMissing() {
        Map<String, Object> body = new HashMap<>(Pdsa.cycleBody());
        body.put("plan", Map.of("questions", List.of(Map.of("question", "Will it work?"))));
        String cycle = asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/goals/" + goal() + "/cycles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        transition(cycle, "\"0\"", Map.of("to", "DO"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("plan.objective"))
                .body("detail", containsString("prediction"));
    }

    @Test
    void cancellingNeedsAReason() {
        String cycle = Pdsa.cycleInPlan(goal());
        transition(cycle, "\"0\"", Map.of("to", "CANCELLED"))
                .then()
                .statusCode(409)
                .body("detail", containsString("reason"));
        transition(cycle, "\"0\"", Map.of("to", "CANCELLED", "reason", "Ward closed"))
                .then()
                .statusCode(200)
                .body("phase", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Ward closed"));
        transition(cycle, "\"1\"", Map.of("to", "DO")).then().statusCode(409);
    }

    @Test
    void transitionsNeedIfMatchAndAValidTarget() {
        String cycle = Pdsa.cycleInPlan(goal());
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("to", "DO"))
                .post("/api/v1/cycles/" + cycle + "/transitions")
                .then()
                .statusCode(428);
        transition(cycle, "\"7\"", Map.of("to", "DO")).then().statusCode(412);
        transition(cycle, "\"0\"", Map.of("to", "DONE")).then().statusCode(422).body("errors[0].field", equalTo("to"));
    }

    @Test
    void planIsEditableOnlyInPlanAndDoOnlyInDo() {
        String cycle = Pdsa.cycleInPlan(goal());
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"do\":{\"observations\":\"too early\"}}")
                .patch("/api/v1/cycles/" + cycle)
                .then()
                .statusCode(409)
                .body("detail", containsString("DO"));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"plan\":{\"who\":\"Ward 4 team\"}}")
                .patch("/api/v1/cycles/" + cycle)
                .then()
                .statusCode(200)
                .body("plan.who", equalTo("Ward 4 team"))
                .body("plan.questions", hasSize(2));
        transition(cycle, "\"1\"", Map.of("to", "DO")).then().statusCode(200);
        asAdmin()
                .header("If-Match", "\"2\"")
                .contentType("application/merge-patch+json")
                .body("{\"plan\":{\"objective\":\"changed my mind\"}}")
                .patch("/api/v1/cycles/" + cycle)
                .then()
                .statusCode(409)
                .body("detail", containsString("PLAN"));
        asAdmin()
                .header("If-Match", "\"2\"")
                .contentType("application/merge-patch+json")
                .body("{\"title\":\"Renamed while running\"}")
                .patch("/api/v1/cycles/" + cycle)
                .then()
                .statusCode(200)
                .body("title", equalTo("Renamed while running"));
    }

    @Test
    void badCyclesAre422() {
        String goal = goal();
        List<Map<String, String>> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(Map.of("question", "Q" + i, "prediction", "P"));
        }
        Map<String, Object> body = new HashMap<>(Pdsa.cycleBody());
        body.put("plan", Map.of("objective", "o", "questions", eleven));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/goals/" + goal + "/cycles")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("plan.questions"));
        body.put("plan", Map.of("plannedStart", "2026-12-10", "plannedEnd", "2026-12-01"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/goals/" + goal + "/cycles")
                .then()
                .statusCode(422);
        body.put("plan", Map.of());
        body.put("purpose", "GUESS");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/goals/" + goal + "/cycles")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("purpose"));
        body.put("purpose", "TEST");
        body.put("previousCycleId", Pdsa.cycleInPlan(goal()));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/goals/" + goal + "/cycles")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("previousCycleId"));
    }

    @Test
    void trustListFiltersByPhaseChallengeAndGoal() {
        String trust = TestData.createTrust(TestData.uniqueName("CycleList"));
        String goal = Pdsa.goal(trust);
        String planned = Pdsa.cycleInPlan(goal);
        String studied = Pdsa.cycleInStudy(goal);
        asAdmin()
                .get("/api/v1/trusts/" + trust + "/cycles")
                .then()
                .statusCode(200)
                .body("items.id", contains(planned, studied));
        asAdmin()
                .queryParam("phase", "STUDY")
                .get("/api/v1/trusts/" + trust + "/cycles")
                .then()
                .body("items.id", contains(studied));
        asAdmin()
                .queryParam("challenge", 6)
                .queryParam("goalId", goal)
                .get("/api/v1/trusts/" + trust + "/cycles")
                .then()
                .body("items.id", contains(planned, studied));
        asAdmin()
                .queryParam("challenge", 2)
                .get("/api/v1/trusts/" + trust + "/cycles")
                .then()
                .body("items", hasSize(0));
        asAdmin().get("/api/v1/goals/" + goal + "/cycles").then().body("items.id", contains(planned, studied));
    }

    @Test
    void aCycleWithAFollowUpCannotBeDeleted() {
        String goal = goal();
        String first = Pdsa.reviewedCycle(goal, "ADAPT");
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/cycles/" + first))
                .delete("/api/v1/cycles/" + first)
                .then()
                .statusCode(409);
        String lone = Pdsa.cycleInPlan(goal);
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/cycles/" + lone)
                .then()
                .statusCode(204);
    }
}
