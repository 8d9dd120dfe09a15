package org.imroc.tracker.measure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasureResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void aTemplateFillsEverythingTheRequestLeavesOut() {
        String trust = TestData.createTrust(TestData.uniqueName("Measures template"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("templateCode", "restraint-rate", "target", 20))
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/measures/"))
                .header("ETag", equalTo("\"0\""))
                .body("templateCode", equalTo("restraint-rate"))
                .body("name", equalTo("Restraint episodes per 1,000 occupied bed days"))
                .body("type", equalTo("OUTCOME"))
                .body("improvementDirection", equalTo("DECREASE"))
                .body("frequency", equalTo("MONTHLY"))
                .body("challengeNumber", equalTo(7))
                .body("target", equalTo(20))
                .body("ratio.multiplier", equalTo(1000))
                .body("ratio.denominatorLabel", equalTo("Occupied bed days"))
                .body("spc.shiftLength", equalTo(7))
                .body("spc.trendLength", equalTo(7))
                .body("spc.screenOutliers", equalTo(true))
                .body("spc.fixAfterPoints", nullValue())
                .body("runChart.shiftLength", equalTo(6))
                .body("runChart.trendLength", equalTo(5))
                .body("summary.points", equalTo(0))
                .body("summary.variationIcon", nullValue());
    }

    @Test
    void theRequestWinsOverItsTemplate() {
        String trust = TestData.createTrust(TestData.uniqueName("Measures override"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "templateCode",
                        "seclusion-episodes",
                        "name",
                        "Seclusion on Ward 3",
                        "frequency",
                        "WEEKLY",
                        "spc",
                        Map.of("shiftLength", 6)))
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(201)
                .body("name", equalTo("Seclusion on Ward 3"))
                .body("frequency", equalTo("WEEKLY"))
                .body("unit", equalTo("episodes"))
                .body("spc.shiftLength", equalTo(6))
                .body("spc.trendLength", equalTo(7))
                .body("ratio", nullValue());
    }

    @Test
    void withoutATemplateTheDefiningFieldsAreRequired() {
        String trust = TestData.createTrust(TestData.uniqueName("Measures required"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("unit", "episodes"))
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("name", "type", "definition", "improvementDirection", "frequency"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("templateCode", "no-such-template"))
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("templateCode"));
        Map<String, Object> badSettings = Measures.body("DECREASE");
        badSettings.put("spc", Map.of("fixAfterPoints", 11, "shiftLength", 2));
        badSettings.put("direction", "UP");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(badSettings)
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(400);
        badSettings.remove("direction");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(badSettings)
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("spc.fixAfterPoints", "spc.shiftLength"));
    }

    @Test
    void aMeasureOfAGoalTakesTheGoalsChallengeAndStaysInItsTrust() {
        String trust = TestData.createTrust(TestData.uniqueName("Measures goal"));
        String other = TestData.createTrust(TestData.uniqueName("Measures goal other"));
        String goal = Pdsa.goal(trust);
        Map<String, Object> body = Measures.body("INCREASE");
        body.remove("challengeNumber");
        body.put("goalId", goal);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(201)
                .body("goalId", equalTo(goal))
                .body("challengeNumber", equalTo(6));
        body.put("challengeNumber", 2);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("challengeNumber"));
        body.remove("challengeNumber");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + other + "/measures")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("goalId"));
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/goals/" + goal))
                .delete("/api/v1/goals/" + goal)
                .then()
                .statusCode(409);
    }

    @Test
    void listsFilterByTypeGoalChallengeAndTemplate() {
        String trust = TestData.createTrust(TestData.uniqueName("Measures list"));
        String goal = Pdsa.goal(trust);
        Measures.monthly(trust);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("templateCode", "assaults-on-staff"))
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(201);
        Map<String, Object> ofGoal = Measures.body("INCREASE");
        ofGoal.remove("challengeNumber");
        ofGoal.put("goalId", goal);
        ofGoal.put("type", "PROCESS");
        Measures.create(trust, ofGoal);
        String path = "/api/v1/trusts/" + trust + "/measures";

        asAdmin().get(path).then().statusCode(200).body("items", hasSize(3)).body("nextCursor", nullValue());
        asAdmin()
                .queryParam("type", "BALANCING")
                .get(path)
                .then()
                .body("items", hasSize(1))
                .body("items[0].templateCode", equalTo("assaults-on-staff"));
        asAdmin()
                .queryParam("goalId", goal)
                .get(path)
                .then()
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("PROCESS"));
        asAdmin().queryParam("challengeNumber", 7).get(path).then().body("items", hasSize(2));
        asAdmin()
                .queryParam("templateCode", "assaults-on-staff")
                .get(path)
                .then()
                .body("items", hasSize(1));
        asAdmin()
                .queryParam("limit", 2)
                .get(path)
                .then()
                .body("items", hasSize(2))
                .body("nextCursor", org.hamcrest.Matchers.notNullValue());
        asAdmin().queryParam("type", "SIDEWAYS").get(path).then().statusCode(400);
        asAdmin().queryParam("challengeNumber", 11).get(path).then().statusCode(400);
    }

    @Test
    void aPatchChangesTheMeasureButNotTheShapeOfARecordedSeries() {
        String trust = TestData.createTrust(TestData.uniqueName("Measures patch"));
        String measure = Measures.monthly(trust);
        String path = "/api/v1/measures/" + measure;
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType(MERGE_PATCH)
                .body("{\"name\":\"Prone restraint, all wards\",\"target\":3,\"spc\":{\"shiftLength\":6}}")
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Prone restraint, all wards"))
                .body("target", equalTo(3))
                .body("spc.shiftLength", equalTo(6))
                .body("spc.trendLength", equalTo(7));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType(MERGE_PATCH)
                .body("{\"unit\":\"x\"}")
                .patch(path)
                .then()
                .statusCode(412);
        asAdmin()
                .contentType(MERGE_PATCH)
                .body("{\"unit\":\"x\"}")
                .patch(path)
                .then()
                .statusCode(428);
        asAdmin()
                .header("If-Match", "\"1\"")
                .contentType(MERGE_PATCH)
                .body("{\"templateCode\":\"x\"}")
                .patch(path)
                .then()
                .statusCode(400);

        Measures.record(measure, Measures.months("2024-01", "4", "5"));
        String etag = Pdsa.etag(path);
        asAdmin()
                .header("If-Match", etag)
                .contentType(MERGE_PATCH)
                .body("{\"frequency\":\"WEEKLY\"}")
                .patch(path)
                .then()
                .statusCode(409)
                .body("detail", containsString("frequency"));
        asAdmin()
                .header("If-Match", etag)
                .contentType(MERGE_PATCH)
                .body("{\"ratio\":{\"multiplier\":100,\"numeratorLabel\":\"a\",\"denominatorLabel\":\"b\"}}")
                .patch(path)
                .then()
                .statusCode(409);
        asAdmin()
                .header("If-Match", etag)
                .contentType(MERGE_PATCH)
                .body("{\"target\":null}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("target", nullValue());
    }

    @Test
    void deletingAMeasureDeletesItsObservations() {
        String trust = TestData.createTrust(TestData.uniqueName("Measures delete"));
        String measure = Measures.monthly(trust);
        Measures.record(measure, Measures.months("2024-01", "4", "5", "6"));
        String path = "/api/v1/measures/" + measure;
        asAdmin().header("If-Match", "\"0\"").delete(path).then().statusCode(412);
        asAdmin().header("If-Match", Pdsa.etag(path)).delete(path).then().statusCode(204);
        asAdmin().get(path).then().statusCode(404);
        asAdmin().get(path + "/observations").then().statusCode(404);
        asAdmin().get(path + "/spc").then().statusCode(404);
    }

    @Test
    void theTemplatesAreImRocAndNhsMeasuresWithEverythingAMeasureNeeds() {
        asAdmin()
                .get("/api/v1/measure-templates")
                .then()
                .statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(8))
                .body(
                        "items.code",
                        hasItems(
                                "restraint-rate",
                                "prone-restraint",
                                "seclusion-episodes",
                                "peer-workers-wte",
                                "college-courses",
                                "college-students",
                                "college-coproduced-share",
                                "college-completion-rate"))
                .body("items.find { it.code == 'restraint-rate' }.ratio.multiplier", equalTo(1000))
                .body("items.find { it.code == 'college-coproduced-share' }.unit", equalTo("%"))
                .body("items.find { it.code == 'peer-workers-wte' }.frequency", equalTo("QUARTERLY"))
                .body(
                        "items.definition",
                        org.hamcrest.Matchers.everyItem(
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString())))
                .body("items.improvementDirection", hasItem("INCREASE"));
    }

    @Test
    void everyTemplateMakesAValidMeasure() {
        String trust = TestData.createTrust(TestData.uniqueName("Measures every template"));
        java.util.List<String> codes =
                asAdmin().get("/api/v1/measure-templates").then().extract().path("items.code");
        for (String code : codes) {
            Map<String, Object> body = new HashMap<>();
            body.put("templateCode", code);
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/trusts/" + trust + "/measures")
                    .then()
                    .statusCode(201)
                    .body("templateCode", equalTo(code));
        }
    }
}
