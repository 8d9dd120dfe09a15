package org.imroc.tracker.action;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActionResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private static Map<String, Object> action(Object... extra) {
        Map<String, Object> body = Pdsa.actionBody();
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private static io.restassured.response.Response create(String trust, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/trusts/" + trust + "/actions");
    }

    private static io.restassured.response.Response move(String action, String etag, Map<String, ?> body) {
        return asAdmin()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/actions/" + action + "/transitions");
    }

    @Test
    void actionLinkedToACycleTakesItsGoalAndChallenge() {
        String trust = TestData.createTrust(TestData.uniqueName("Actions"));
        String goal = Pdsa.goal(trust);
        String cycle = Pdsa.cycleInPlan(goal);
        create(trust, action("cycleId", cycle))
                .then()
                .statusCode(201)
                .body("goalId", equalTo(goal))
                .body("cycleId", equalTo(cycle))
                .body("challengeNumber", equalTo(6))
                .body("status", equalTo("OPEN"))
                .body("overdue", equalTo(false))
                .body("completedOn", nullValue());
        create(trust, action("goalId", goal, "challengeNumber", 2))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("challengeNumber"));
        create(trust, action("challengeNumber", 9)).then().statusCode(201).body("challengeNumber", equalTo(9));
    }

    @Test
    void linksToAnotherTrustOrAnotherGoalAre422() {
        String trust = TestData.createTrust(TestData.uniqueName("Mine"));
        String otherGoal = Pdsa.goal(TestData.createTrust(TestData.uniqueName("Theirs")));
        create(trust, action("goalId", otherGoal)).then().statusCode(422).body("errors[0].field", equalTo("goalId"));
        String goal = Pdsa.goal(trust);
        String cycleOfAnotherGoal = Pdsa.cycleInPlan(Pdsa.goal(trust));
        create(trust, action("goalId", goal, "cycleId", cycleOfAnotherGoal))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("cycleId"));
    }

    @Test
    void completingRecordsTheDateAndReopeningClearsIt() {
        String trust = TestData.createTrust(TestData.uniqueName("Complete"));
        String id = Pdsa.action(trust);
        move(id, "\"0\"", Map.of("to", "IN_PROGRESS")).then().statusCode(200).header("ETag", equalTo("\"1\""));
        move(id, "\"1\"", Map.of("to", "DONE"))
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("completedOn", equalTo(TODAY.toString()));
        move(id, "\"2\"", Map.of("to", "CANCELLED")).then().statusCode(409);
        move(id, "\"2\"", Map.of("to", "OPEN")).then().statusCode(200).body("completedOn", nullValue());
    }

    @Test
    void blockingNeedsAReason() {
        String id = Pdsa.action(TestData.createTrust(TestData.uniqueName("Blocked")));
        move(id, "\"0\"", Map.of("to", "BLOCKED"))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("blockedReason"));
        move(id, "\"0\"", Map.of("to", "BLOCKED", "blockedReason", "No room"))
                .then()
                .statusCode(200)
                .body("blockedReason", equalTo("No room"));
        asAdmin()
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body("{\"blockedReason\":\"Still no room\",\"owner\":\"Kim\"}")
                .patch("/api/v1/actions/" + id)
                .then()
                .statusCode(200)
                .body("blockedReason", equalTo("Still no room"));
        asAdmin()
                .header("If-Match", "\"2\"")
                .contentType("application/merge-patch+json")
                .body("{\"status\":\"DONE\"}")
                .patch("/api/v1/actions/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void overdueIsComputedAndFiltered() {
        String trust = TestData.createTrust(TestData.uniqueName("Overdue"));
        String late = create(trust, action("dueOn", TODAY.minusDays(1).toString(), "owner", "Pat Late"))
                .then()
                .statusCode(201)
                .body("overdue", equalTo(true))
                .extract()
                .path("id");
        String onTime = create(trust, action("dueOn", TODAY.toString()))
                .then()
                .body("overdue", equalTo(false))
                .extract()
                .path("id");
        String doneLate = create(trust, action("dueOn", TODAY.minusDays(5).toString(), "status", "DONE"))
                .then()
                .statusCode(201)
                .body("overdue", equalTo(false))
                .body("completedOn", notNullValue())
                .extract()
                .path("id");
        asAdmin()
                .queryParam("overdue", true)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(200)
                .body("items.id", contains(late));
        asAdmin()
                .queryParam("overdue", false)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .body("items.id", contains(onTime, doneLate));
        asAdmin()
                .queryParam("owner", "pat late")
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .body("items.id", contains(late));
        asAdmin()
                .queryParam("status", "DONE")
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .body("items.id", contains(doneLate));
        asAdmin()
                .queryParam("dueBefore", TODAY.toString())
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .body("items.id", contains(late, doneLate));
        asAdmin()
                .queryParam("overdue", "maybe")
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(400);
    }

    @Test
    void filtersByGoalCycleAndChallenge() {
        String trust = TestData.createTrust(TestData.uniqueName("ByGoal"));
        String goal = Pdsa.goal(trust);
        String cycle = Pdsa.cycleInPlan(goal);
        String onCycle =
                create(trust, action("cycleId", cycle)).then().extract().path("id");
        String onGoal = create(trust, action("goalId", goal)).then().extract().path("id");
        create(trust, action()).then().statusCode(201);
        asAdmin()
                .queryParam("goalId", goal)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .body("items.id", contains(onCycle, onGoal));
        asAdmin()
                .queryParam("cycleId", cycle)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .body("items.id", contains(onCycle));
        asAdmin()
                .queryParam("challenge", 6)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .body("items", hasSize(2));
    }

    @Test
    void badActionsAre422AndOtherTrustsAre404() {
        String trust = TestData.createTrust(TestData.uniqueName("BadAction"));
        create(trust, Map.of("title", "x")).then().statusCode(422);
        create(trust, action("title", "t".repeat(201), "status", "SOMEDAY"))
                .then()
                .statusCode(422);
        create(trust, action("blockedReason", "why")).then().statusCode(422);
        String other = TestData.createTrust(TestData.uniqueName("OtherAction"));
        String theirs = Pdsa.action(other);
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(trust));
        lead.request().get("/api/v1/actions/" + theirs).then().statusCode(404);
        lead.request()
                .contentType(ContentType.JSON)
                .body(Pdsa.actionBody())
                .post("/api/v1/trusts/" + other + "/actions")
                .then()
                .statusCode(404);
        lead.request()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/actions/" + theirs)
                .then()
                .statusCode(404);
        asAdmin().get("/api/v1/actions/" + theirs).then().statusCode(200);
    }

    @Test
    void deleteNeedsTheCurrentVersion() {
        String id = Pdsa.action(TestData.createTrust(TestData.uniqueName("DelAction")));
        asAdmin().delete("/api/v1/actions/" + id).then().statusCode(428);
        asAdmin()
                .header("If-Match", "\"9\"")
                .delete("/api/v1/actions/" + id)
                .then()
                .statusCode(412);
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/actions/" + id)
                .then()
                .statusCode(204);
        asAdmin().get("/api/v1/actions/" + id).then().statusCode(404);
    }
}
