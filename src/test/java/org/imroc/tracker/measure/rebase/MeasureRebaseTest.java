package org.imroc.tracker.measure.rebase;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.as;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.imroc.tracker.support.Units;
import org.junit.jupiter.api.Test;

/**
 * Limits recalculated when a change is adopted: the chart suggests a rebase where a sustained shift starts after an
 * adopted cycle's Do began; accepting it starts new limits there, with its reason on the chart; removing it undoes
 * that.
 */
@QuarkusTest
class MeasureRebaseTest {

    /** 2023-01 … 2023-12 around 21.5, then 2024-01 … 2024-12 around 11.5 (the step down starts in month 13). */
    private static final String[] STEP_DOWN = {
        "20", "22", "21", "23", "20", "22", "21", "23", "20", "22", "21", "23", //
        "10", "12", "11", "13", "10", "12", "11", "13", "10", "12", "11", "13"
    };

    private static final String REASON = "No Force First adopted on every ward";

    /** A Trust, a goal, a monthly measure of it with the step down, and the goal's cycle reviewed as given. */
    private record Fixture(String trust, String goal, String measure, String cycle) {
        String base() {
            return "/api/v1/measures/" + measure;
        }
    }

    private static Fixture fixture(String decision) {
        String trust = TestData.createTrust(TestData.uniqueName("Rebase"));
        String goal = Pdsa.goal(trust);
        Map<String, Object> body = new HashMap<>(Measures.body("DECREASE"));
        body.remove("challengeNumber");
        body.put("goalId", goal);
        String measure = Measures.create(trust, body);
        Measures.record(measure, Measures.months("2023-01", STEP_DOWN));
        return new Fixture(trust, goal, measure, reviewedCycle(goal, "2024-01-01", decision));
    }

    /** A cycle of the goal whose Do began on {@code doStart}, reviewed with {@code decision}. */
    private static String reviewedCycle(String goal, String doStart, String decision) {
        String cycle = Pdsa.cycleInPlan(goal);
        Pdsa.move(cycle, "DO");
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/cycles/" + cycle))
                .contentType("application/merge-patch+json")
                .body("{\"do\":{\"startedOn\":\"" + doStart + "\",\"carriedOutAsPlanned\":true,"
                        + "\"observations\":\"Every ward used the new plan\"}}")
                .patch("/api/v1/cycles/" + cycle)
                .then()
                .statusCode(200);
        Pdsa.move(cycle, "STUDY");
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/cycles/" + cycle))
                .contentType(ContentType.JSON)
                .body(Pdsa.reviewBody(decision))
                .post("/api/v1/cycles/" + cycle + "/review")
                .then()
                .statusCode(201);
        return cycle;
    }

    private static Response post(String measure, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/measures/" + measure + "/rebases");
    }

    @Test
    void anAdoptedChangeFollowedByAShiftIsSuggestedAcceptedAndRemoved() {
        Fixture f = fixture("ADOPT");
        asAdmin()
                .get(f.base() + "/spc")
                .then()
                .statusCode(200)
                .body("groups", hasSize(1))
                .body("suggestedRebases", hasSize(1))
                .body("suggestedRebases[0].period", equalTo("2024-01"))
                .body("suggestedRebases[0].cycleId", equalTo(f.cycle()))
                .body("suggestedRebases[0].cycleTitle", equalTo("Welcome group on Ward 3"))
                .body("suggestedRebases[0].rule", equalTo("SHIFT"))
                .body("suggestedRebases[0].pointsSinceChange", equalTo(12));
        String iconBefore = asAdmin().get(f.base()).then().extract().path("summary.variationIcon");

        Response created = post(f.measure(), Map.of("period", "2024-01", "cycleId", f.cycle(), "reason", REASON));
        created.then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/measures/" + f.measure() + "/rebases/2024-01"))
                .header("ETag", equalTo("\"0\""))
                .body("measureId", equalTo(f.measure()))
                .body("trustId", equalTo(f.trust()))
                .body("period", equalTo("2024-01"))
                .body("cycleId", equalTo(f.cycle()))
                .body("cycleTitle", equalTo("Welcome group on Ward 3"))
                .body("reason", equalTo(REASON))
                .body("createdAt", notNullValue())
                .body("version", equalTo(0));

        // (10 + 12 + 11 + 13) × 3 ÷ 12 = 11.5, the mean of 2024-01 … 2024-12
        asAdmin()
                .get(f.base() + "/spc")
                .then()
                .statusCode(200)
                .body("groups", hasSize(2))
                .body("groups[1].firstPeriod", equalTo("2024-01"))
                .body("groups[1].n", equalTo(12))
                .body("groups[1].mean", equalTo(11.5f)) // exact in binary, as JSON reads it (float)
                .body("groups[0].mean", equalTo(21.5f))
                .body("suggestedRebases", empty())
                .body(
                        "points[12].annotation",
                        containsString("Limits recalculated: " + REASON + " (PDSA 1: Welcome group on Ward 3)"));
        // the summary (roll-ups) reads the last group only: common cause around 11.5, no longer a shift
        asAdmin().get(f.base()).then().body("summary.variationIcon", equalTo("COMMON_CAUSE"));
        org.assertj.core.api.Assertions.assertThat(iconBefore).isEqualTo("IMPROVEMENT_LOW");

        asAdmin()
                .get(f.base() + "/rebases")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].period", equalTo("2024-01"))
                .body("items[0].cycleTitle", equalTo("Welcome group on Ward 3"))
                .body("nextCursor", nullValue());
        String etag = asAdmin()
                .get(f.base() + "/rebases/2024-01")
                .then()
                .statusCode(200)
                .body("reason", equalTo(REASON))
                .extract()
                .header("ETag");
        asAdmin()
                .header("If-None-Match", etag)
                .get(f.base() + "/rebases/2024-01")
                .then()
                .statusCode(304);

        post(f.measure(), Map.of("period", "2024-01", "reason", "Again"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        asAdmin().delete(f.base() + "/rebases/2024-01").then().statusCode(428);
        asAdmin()
                .header("If-Match", "\"7\"")
                .delete(f.base() + "/rebases/2024-01")
                .then()
                .statusCode(412);
        asAdmin()
                .header("If-Match", etag)
                .delete(f.base() + "/rebases/2024-01")
                .then()
                .statusCode(204);
        asAdmin().get(f.base() + "/rebases/2024-01").then().statusCode(404);
        asAdmin()
                .get(f.base() + "/spc")
                .then()
                .body("groups", hasSize(1))
                .body("suggestedRebases", hasSize(1))
                .body("points[12].annotation", not(containsString("Limits recalculated")));
        asAdmin().get(f.base()).then().body("summary.variationIcon", equalTo(iconBefore));

        asAdmin()
                .queryParam("trustId", f.trust())
                .queryParam("resourceType", "measure-rebase")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.kind", contains("CREATED", "DELETED"));
        asAdmin()
                .queryParam("trustId", f.trust())
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.resourceType", hasItem("measure-rebase"));
    }

    @Test
    void aRebaseWithoutACycleStillNeedsItsReasonAndMovesTheLimits() {
        Fixture f = fixture("ADOPT");
        post(f.measure(), Map.of("period", "2023-07", "reason", "  New ward opened  "))
                .then()
                .statusCode(201)
                .body("cycleId", nullValue())
                .body("cycleTitle", nullValue())
                .body("reason", equalTo("New ward opened"));
        // a rebase before the cycle's Do began is not its change: the suggestion stays
        asAdmin()
                .get(f.base() + "/spc")
                .then()
                .body("groups", hasSize(2))
                .body("groups[1].firstPeriod", equalTo("2023-07"))
                .body("points[6].annotation", equalTo("Limits recalculated: New ward opened"))
                .body("suggestedRebases", hasSize(1))
                .body("suggestedRebases[0].period", equalTo("2024-01"))
                .body("suggestedRebases[0].pointsSinceChange", equalTo(12));
    }

    @Test
    void aRebaseInAPeriodWithNoFigureStartsTheLimitsAtTheNextFigure() {
        String measure = Measures.monthly(TestData.createTrust(TestData.uniqueName("Rebase gap")));
        Measures.record(measure, Measures.months("2024-01", "4", "5", "6"));
        Measures.record(measure, Measures.months("2024-05", "9", "8"));
        post(measure, Map.of("period", "2024-04", "reason", "Ward reopened"))
                .then()
                .statusCode(201);
        asAdmin()
                .get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body("missingPeriods", contains("2024-04"))
                .body("groups", hasSize(2))
                .body("groups[1].firstPeriod", equalTo("2024-05"))
                .body("points[3].annotation", equalTo("Limits recalculated: Ward reopened"));
    }

    @Test
    void invalidRebasesAre422WithTheField() {
        Fixture f = fixture("ADOPT");
        post(f.measure(), Map.of("period", "2024-02")).then().statusCode(422).body("errors.field", hasItem("reason"));
        post(f.measure(), Map.of("period", "2024-02", "reason", "   "))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("reason"));
        post(f.measure(), Map.of("period", "2024-02", "reason", "x".repeat(501)))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("reason"));
        for (String period : List.of("2024-13", "2024-Q1", "2024-W05", "soon")) {
            post(f.measure(), Map.of("period", period, "reason", REASON))
                    .then()
                    .statusCode(422)
                    .body("errors.field", hasItem("period"));
        }
        post(f.measure(), Map.of("period", "2023-01", "reason", REASON))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("first period"));
        post(
                        f.measure(),
                        Map.of("period", "2024-02", "cycleId", UUID.randomUUID().toString(), "reason", REASON))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("cycleId"));
        // a cycle of another goal of the same Trust, and one of another Trust, answer alike
        String otherGoalsCycle = Pdsa.cycleInPlan(Pdsa.goal(f.trust()));
        String otherTrustsCycle = Pdsa.cycleInPlan(Pdsa.goal(TestData.createTrust(TestData.uniqueName("Rebase B"))));
        for (String cycle : List.of(otherGoalsCycle, otherTrustsCycle)) {
            post(f.measure(), Map.of("period", "2024-02", "cycleId", cycle, "reason", REASON))
                    .then()
                    .statusCode(422)
                    .body("errors[0].field", equalTo("cycleId"))
                    .body("errors[0].message", equalTo("no such PDSA cycle of the measure's goal"));
        }
        asAdmin().get(f.base() + "/rebases").then().body("items", empty());
    }

    @Test
    void rolesAndTrustsAreAsForObservations() {
        Fixture f = fixture("ADOPT");
        Map<String, Object> body = Map.of("period", "2024-01", "reason", REASON);
        String otherLead = Api.createUser("TRUST_LEAD", List.of(TestData.createTrust(TestData.uniqueName("Rebase X"))))
                .token();
        as(otherLead)
                .contentType(ContentType.JSON)
                .body(body)
                .post(f.base() + "/rebases")
                .then()
                .statusCode(404);
        as(otherLead).get(f.base() + "/rebases").then().statusCode(404);
        String key = Api.createKey(List.of(f.trust()));
        as(key).contentType(ContentType.JSON)
                .body(body)
                .post(f.base() + "/rebases")
                .then()
                .statusCode(403);
        String unitLead =
                Api.createUnitLead(f.trust(), List.of(Units.ward(f.trust()))).token();
        as(unitLead)
                .contentType(ContentType.JSON)
                .body(body)
                .post(f.base() + "/rebases")
                .then()
                .statusCode(403);

        String lead = Api.createUser("TRUST_LEAD", List.of(f.trust())).token();
        as(lead).contentType(ContentType.JSON)
                .body(body)
                .post(f.base() + "/rebases")
                .then()
                .statusCode(201);
        as(key).get(f.base() + "/rebases").then().statusCode(200).body("items", hasSize(1));
        as(otherLead).get(f.base() + "/rebases/2024-01").then().statusCode(404);
        as(otherLead)
                .header("If-Match", "\"0\"")
                .delete(f.base() + "/rebases/2024-01")
                .then()
                .statusCode(404);
        as(unitLead)
                .header("If-Match", "\"0\"")
                .delete(f.base() + "/rebases/2024-01")
                .then()
                .statusCode(403);
        as(lead).header("If-Match", "\"0\"")
                .delete(f.base() + "/rebases/2024-01")
                .then()
                .statusCode(204);
    }

    @Test
    void anAdaptedCycleSuggestsNothing() {
        Fixture f = fixture("ADAPT");
        asAdmin()
                .get(f.base() + "/spc")
                .then()
                .statusCode(200)
                .body("points[12].rules", hasItem("SHIFT"))
                .body("suggestedRebases", empty());
    }
}
