package org.imroc.tracker.cycle;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CycleReviewResourceTest {

    @Test
    void adaptMovesTheCycleToActAndPlansTheNextOne() {
        String goal = Pdsa.goal(TestData.createTrust(TestData.uniqueName("Adapt")));
        String cycle = Pdsa.cycleInStudy(goal);
        String next = asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/cycles/" + cycle))
                .contentType(ContentType.JSON)
                .body(Pdsa.reviewBody("ADAPT"))
                .post("/api/v1/cycles/" + cycle + "/review")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("decision", equalTo("ADAPT"))
                .body("reviewers", contains("Ann Peer", "Dr Lee"))
                .body("results[0].learning", equalTo("Evening sessions suit more people"))
                .body("nextCycleId", notNullValue())
                .extract()
                .path("nextCycleId");
        asAdmin().get("/api/v1/cycles/" + cycle).then().body("phase", equalTo("ACT"));
        asAdmin()
                .get("/api/v1/cycles/" + next)
                .then()
                .statusCode(200)
                .body("phase", equalTo("PLAN"))
                .body("sequence", equalTo(2))
                .body("previousCycleId", equalTo(cycle))
                .body("changeIdea", equalTo("Peer-led welcome group twice a week"))
                .body("plan.questions", hasSize(2));
        asAdmin()
                .get("/api/v1/cycles/" + cycle + "/review")
                .then()
                .statusCode(200)
                .body("nextCycleId", equalTo(next));
    }

    @Test
    void adoptAndAbandonPlanNothingFurther() {
        String goal = Pdsa.goal(TestData.createTrust(TestData.uniqueName("Adopt")));
        for (String decision : List.of("ADOPT", "ABANDON")) {
            String cycle = Pdsa.reviewedCycle(goal, decision);
            asAdmin().get("/api/v1/cycles/" + cycle + "/review").then().body("nextCycleId", nullValue());
        }
        asAdmin().get("/api/v1/goals/" + goal + "/cycles").then().body("items", hasSize(2));
    }

    @Test
    void onlyACycleInStudyCanBeReviewedAndOnlyOnce() {
        String goal = Pdsa.goal(TestData.createTrust(TestData.uniqueName("Once")));
        String planned = Pdsa.cycleInPlan(goal);
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Pdsa.reviewBody("ADOPT"))
                .post("/api/v1/cycles/" + planned + "/review")
                .then()
                .statusCode(409);
        String reviewed = Pdsa.reviewedCycle(goal, "ADOPT");
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/cycles/" + reviewed))
                .contentType(ContentType.JSON)
                .body(Pdsa.reviewBody("ADOPT"))
                .post("/api/v1/cycles/" + reviewed + "/review")
                .then()
                .statusCode(409);
        asAdmin().get("/api/v1/cycles/" + planned + "/review").then().statusCode(404);
    }

    @Test
    void reviewCanBeCorrectedButItsDecisionCannotChange() {
        String cycle = Pdsa.reviewedCycle(Pdsa.goal(TestData.createTrust(TestData.uniqueName("Fix"))), "ADOPT");
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"summary\":\"Worked well\",\"reviewers\":[\"Ann Peer\"]}")
                .patch("/api/v1/cycles/" + cycle + "/review")
                .then()
                .statusCode(200)
                .body("summary", equalTo("Worked well"))
                .body("reviewers", contains("Ann Peer"));
        asAdmin()
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body("{\"decision\":\"ABANDON\"}")
                .patch("/api/v1/cycles/" + cycle + "/review")
                .then()
                .statusCode(409);
    }

    @Test
    void badReviewsAre422() {
        String cycle = Pdsa.cycleInStudy(Pdsa.goal(TestData.createTrust(TestData.uniqueName("BadReview"))));
        Map<String, Object> body = new HashMap<>(Pdsa.reviewBody("ADOPT"));
        body.put("reviewers", List.of());
        body.put("decision", "MAYBE");
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/cycles/" + cycle))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/cycles/" + cycle + "/review")
                .then()
                .statusCode(422);
        body.put("decision", "ADOPT");
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/cycles/" + cycle))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/cycles/" + cycle + "/review")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("reviewers"));
        asAdmin().get("/api/v1/cycles/" + cycle).then().body("phase", equalTo("STUDY"));
    }

    @Test
    void trustReviewsFilterByDecisionAndDate() {
        String trust = TestData.createTrust(TestData.uniqueName("Reviews"));
        String goal = Pdsa.goal(trust);
        Pdsa.reviewedCycle(goal, "ADOPT");
        Pdsa.reviewedCycle(goal, "ABANDON");
        asAdmin()
                .get("/api/v1/trusts/" + trust + "/reviews")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
        asAdmin()
                .queryParam("decision", "ABANDON")
                .get("/api/v1/trusts/" + trust + "/reviews")
                .then()
                .body("items.decision", contains("ABANDON"));
        asAdmin()
                .queryParam("from", "2026-12-21")
                .get("/api/v1/trusts/" + trust + "/reviews")
                .then()
                .body("items", hasSize(0));
        asAdmin()
                .queryParam("from", "2026-12-20")
                .queryParam("to", "2026-12-20")
                .get("/api/v1/trusts/" + trust + "/reviews")
                .then()
                .body("items", hasSize(2));
        asAdmin()
                .queryParam("from", "20-12-2026")
                .get("/api/v1/trusts/" + trust + "/reviews")
                .then()
                .statusCode(400);
    }
}
