package org.imroc.tracker.measure;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.measure.spc.XmrChartTest;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The SPC and run-chart endpoints over stored observations: the same numbers as the engine's hand-checked fixtures
 * (XmrChartTest, RunChartTest), with the measure's own settings, and in the Trust and programme roll-ups.
 */
@QuarkusTest
class MeasureAnalysisTest {

    private static final double EPS = 1e-9;

    /** A request whose JSON decimals are read as doubles, so they compare at 1e-9. */
    private static io.restassured.specification.RequestSpecification exact() {
        return asAdmin()
                .config(io.restassured.config.RestAssuredConfig.config()
                        .jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                                .numberReturnType(
                                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private static String measure(String trust, String direction) {
        Map<String, Object> body = Measures.body(direction);
        return Measures.create(trust, body);
    }

    @Test
    void theXmrChartOfStoredObservationsIsTheEnginesFixture() {
        String trust = TestData.createTrust(TestData.uniqueName("SPC outlier"));
        String measure = measure(trust, "INCREASE");
        Measures.record(measure, Measures.months("2023-01", XmrChartTest.OUTLIER_PAIR));

        // XmrChartTest.screeningLeavesTheOutlierRangeOutAndNarrowsTheLimits: mean 10, MR̄ 46/14, 10 ± 8.74
        exact().get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body("n", equalTo(16))
                .body("mean", closeTo(10.0, EPS))
                .body("mrBarUnscreened", closeTo(4.4, EPS))
                .body("mrBar", closeTo(23.0 / 7, EPS))
                .body("upl", closeTo(18.74, EPS))
                .body("lpl", closeTo(1.26, EPS))
                .body("nearUpl", closeTo(10 + 244.72 / 42, EPS))
                .body("limitsAreTrial", equalTo(false))
                .body("variationType", equalTo("COMMON_CAUSE"))
                .body("variationIcon", equalTo("COMMON_CAUSE"))
                .body("assuranceType", nullValue())
                .body("points[6].period", equalTo("2023-07"))
                .body("points[6].rules", contains("OUTSIDE_LIMITS"))
                .body("points[6].pointType", equalTo("SPECIAL_CAUSE_CONCERN"))
                .body("points[7].pointType", equalTo("SPECIAL_CAUSE_IMPROVEMENT"))
                .body("points[7].movingRangeExcluded", equalTo(true))
                .body("points[0].movingRange", nullValue())
                .body("groups", hasSize(1))
                .body("groups[0].firstPeriod", equalTo("2023-01"))
                .body("groups[0].lastPeriod", equalTo("2024-04"))
                .body("summary[0].commonCause", equalTo(14))
                .body("summary[0].specialCauseImprovement", equalTo(1))
                .body("summary[0].specialCauseConcern", equalTo(1))
                .body("ruleSet.shiftLength", equalTo(7))
                .body("ruleSet.screenOutliers", equalTo(true))
                .body("ruleSet.trialLimitThreshold", equalTo(13));
    }

    @Test
    void theMeasuresSettingsAreTheRulesItIsReadWith() {
        String trust = TestData.createTrust(TestData.uniqueName("SPC settings"));
        String measure = measure(trust, "INCREASE");
        Measures.record(measure, Measures.months("2023-01", XmrChartTest.OUTLIER_PAIR));
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/measures/" + measure))
                .contentType("application/merge-patch+json")
                .body("{\"spc\":{\"screenOutliers\":false}}")
                .patch("/api/v1/measures/" + measure)
                .then()
                .statusCode(200);

        // XmrChartTest.withoutScreeningTheOutlierRangeWidensTheLimits: 10 ± 11.704, nothing fires
        exact().get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body("mrBar", closeTo(4.4, EPS))
                .body("upl", closeTo(21.704, EPS))
                .body("lpl", closeTo(-1.704, EPS))
                .body("ruleSet.screenOutliers", equalTo(false))
                .body("points.pointType", everyItem(equalTo("COMMON_CAUSE")));
    }

    @Test
    void aRebaseObservationStartsNewLimits() {
        String trust = TestData.createTrust(TestData.uniqueName("SPC rebase"));
        String measure = measure(trust, "INCREASE");
        List<Map<String, Object>> items =
                new java.util.ArrayList<>(Measures.months("2022-01", XmrChartTest.TWO_PHASES));
        items.set(13, Map.of("period", "2023-02", "value", 56, "rebase", true, "annotation", "New ward model"));
        Measures.record(measure, items);

        // XmrChartTest.aRebaseStartsAGroupWithItsOwnMeanAndLimits: group 1 mean 50, group 2 mean 60, MR̄ 109/12
        exact().get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body("n", equalTo(26))
                .body("groups", hasSize(2))
                .body("groups[0].mean", closeTo(50.0, EPS))
                .body("groups[0].mrBar", closeTo(7.5, EPS))
                .body("groups[1].firstPeriod", equalTo("2023-02"))
                .body("groups[1].mean", closeTo(60.0, EPS))
                .body("mean", closeTo(60.0, EPS))
                .body("mrBar", closeTo(109.0 / 12, EPS))
                .body("upl", closeTo(60 + 289.94 / 12, EPS))
                .body("points[13].rebaseGroup", equalTo(2))
                .body("points[13].movingRange", nullValue())
                .body("points[13].annotation", equalTo("New ward model"));
    }

    @Test
    void aTargetGivesAssuranceAndTheRollUpsShowTheIcons() {
        String region = TestData.uniqueName("Region");
        Map<String, Object> trustBody =
                new java.util.HashMap<>(TestData.trustBody(TestData.uniqueName("SPC assurance")));
        trustBody.put("region", region);
        String trust = asAdmin()
                .contentType(ContentType.JSON)
                .body(trustBody)
                .post("/api/v1/trusts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> body = Measures.body("INCREASE");
        body.put("target", 30);
        String measure = Measures.create(trust, body);
        // The MDC worked example: 23.2 ± 14.4438, so a target of 30 lies inside the limits: inconsistent
        Measures.record(measure, Measures.months("2024-01", XmrChartTest.MDC));
        exact().get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body("mean", closeTo(23.2, EPS))
                .body("mrBar", closeTo(5.43, EPS))
                .body("upl", closeTo(37.6438, EPS))
                .body("assuranceType", equalTo("INCONSISTENT"))
                .body("assuranceIcon", equalTo("INCONSISTENT"))
                // the sentence a board reads, from the same result: common cause, the limits, hit and miss
                .body(
                        "interpretation",
                        org.hamcrest.Matchers.startsWith("Prone restraint episodes shows common cause variation"))
                .body("interpretation", containsString("the mean of 23.2"))
                .body("interpretation", containsString("8.8 and 37.6"))
                .body("interpretation", containsString("The target of 30 is inside the limits"));
        asAdmin()
                .get("/api/v1/measures/" + measure)
                .then()
                .body("summary.variationIcon", equalTo("COMMON_CAUSE"))
                .body("summary.assuranceIcon", equalTo("INCONSISTENT"))
                .body("summary.latestValue", equalTo(20.666f))
                .body("summary.latestPeriod", equalTo("2025-03"));

        // a target of 5 is below the LPL (8.7562) of an INCREASE measure: every point passes
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/measures/" + measure))
                .contentType("application/merge-patch+json")
                .body("{\"target\":5}")
                .patch("/api/v1/measures/" + measure)
                .then()
                .statusCode(200)
                .body("summary.assuranceIcon", equalTo("PASS"));

        String improving = measure(trust, "INCREASE");
        Measures.record(
                improving,
                Measures.months(
                        "2024-01", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11", "9",
                        "40"));
        asAdmin()
                .get("/api/v1/trusts/" + trust + "/progress")
                .then()
                .statusCode(200)
                .body("measures.total", equalTo(2))
                .body("measures.improving", equalTo(1))
                .body("measures.concern", equalTo(0))
                .body("measures.items.measureId", contains(measure, improving))
                .body("measures.items[0].assuranceIcon", equalTo("PASS"))
                .body("measures.items[0].points", equalTo(15))
                .body("measures.items[1].variationIcon", equalTo("IMPROVEMENT_HIGH"))
                .body("measures.items[1].latestValue", equalTo(40));
        asAdmin()
                .queryParam("region", region)
                .get("/api/v1/progress")
                .then()
                .statusCode(200)
                .body("items.find { it.trustId == '" + trust + "' }.measures", equalTo(2))
                .body("items.find { it.trustId == '" + trust + "' }.measuresImproving", equalTo(1))
                .body("items.find { it.trustId == '" + trust + "' }.measuresOfConcern", equalTo(0));
        String csv = asAdmin()
                .accept("text/csv")
                .get("/api/v1/trusts/" + trust + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(csv)
                .contains("measures,improving,1")
                .contains("measure," + improving + " variationIcon,IMPROVEMENT_HIGH");
    }

    @Test
    void theRunChartOfStoredObservationsIsTheEnginesFixture() {
        String trust = TestData.createTrust(TestData.uniqueName("Run chart"));
        String measure = measure(trust, "INCREASE");
        // RunChartTest.twoLongRunsAreTooFewRunsAndTwoShifts: median 8.5, 2 runs, a shift on each side
        Measures.record(
                measure,
                Measures.months(
                        "2024-01", "3", "1", "4", "2", "5", "7", "6", "8", "12", "10", "13", "9", "11", "15", "14",
                        "16"));
        exact().get("/api/v1/measures/" + measure + "/run-chart")
                .then()
                .statusCode(200)
                .body("interpretation", org.hamcrest.Matchers.startsWith("Prone restraint episodes shows"))
                .body("interpretation", containsString("median of 8.5"))
                .body("median", equalTo(8.5))
                .body("n", equalTo(16))
                .body("runs", equalTo(2))
                .body("crossings", equalTo(1))
                .body("runsLowerLimit", equalTo(5))
                .body("runsUpperLimit", equalTo(13))
                .body("tooFewRuns", equalTo(true))
                .body("shiftDetected", equalTo(true))
                .body("shifts.firstPeriod", contains("2024-01", "2024-09"))
                .body("shifts.side", contains("BELOW", "ABOVE"))
                .body("settings.shiftLength", equalTo(6))
                .body("settings.trendLength", equalTo(5))
                .body("tooFewPoints", equalTo(false));
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/measures/" + measure))
                .contentType("application/merge-patch+json")
                .body("{\"runChart\":{\"shiftLength\":9}}")
                .patch("/api/v1/measures/" + measure)
                .then()
                .statusCode(200);
        exact().get("/api/v1/measures/" + measure + "/run-chart")
                .then()
                .statusCode(200)
                .body("shiftDetected", equalTo(false))
                .body("settings.shiftLength", equalTo(9));
    }

    @Test
    void fixingLimitsAfterABaselineIsASetting() {
        String trust = TestData.createTrust(TestData.uniqueName("SPC fixed"));
        Map<String, Object> body = Measures.body("INCREASE");
        body.put("spc", Map.of("fixAfterPoints", 12));
        String measure = Measures.create(trust, body);
        // 12 points alternating 9, 11 (mean 10, MR̄ 2: 10 ± 5.32), then 30: outside the fixed limits
        Measures.record(
                measure,
                Measures.months("2024-01", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11", "30"));
        exact().get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body("mean", closeTo(10.0, EPS))
                .body("upl", closeTo(15.32, EPS))
                .body("ruleSet.fixAfterPoints", equalTo(12))
                .body("groups[0].baselinePoints", equalTo(12))
                .body("points[12].inBaseline", equalTo(false))
                .body("points[12].rules", contains("OUTSIDE_LIMITS"))
                .body("variationIcon", equalTo("IMPROVEMENT_HIGH"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("spc", Map.of("fixAfterPoints", 11)))
                .header("If-Match", Pdsa.etag("/api/v1/measures/" + measure))
                .contentType("application/merge-patch+json")
                .patch("/api/v1/measures/" + measure)
                .then()
                .statusCode(422);
    }

    @Test
    void aChartReadBeforeAChangeIsNeverServedAfterIt() {
        String trust = TestData.createTrust(TestData.uniqueName("SPC fresh"));
        String goal = Pdsa.goal(trust);
        Map<String, Object> body = Measures.body("INCREASE");
        body.remove("challengeNumber");
        body.put("goalId", goal);
        String measure = Measures.create(trust, body);
        Measures.record(measure, Measures.months("2026-11", "3", "5"));
        String path = "/api/v1/measures/" + measure + "/spc";
        String before = exact().get(path)
                .then()
                .statusCode(200)
                .body("points[1].annotation", nullValue())
                .extract()
                .header("ETag");
        exact().get(path).then().statusCode(200).header("ETag", equalTo(before)); // remembered
        Pdsa.reviewedCycle(goal, "ADOPT"); // started 2026-12-01, reviewed 2026-12-20: a change of the Trust
        exact().get(path)
                .then()
                .statusCode(200)
                .body(
                        "points[1].annotation",
                        equalTo("PDSA 1 started: Welcome group on Ward 3; PDSA 1 reviewed: ADOPT"))
                .header("ETag", org.hamcrest.Matchers.not(equalTo(before)));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"value\":9}")
                .patch(path.replace("/spc", "/observations/2026-12"))
                .then()
                .statusCode(200);
        exact().get(path).then().statusCode(200).body("points[1].value", equalTo(9));
    }
}
