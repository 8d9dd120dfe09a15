package org.imroc.tracker.measure;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservationResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static io.restassured.response.ValidatableResponse post(String measure, Object body) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/measures/" + measure + "/observations")
                .then();
    }

    private static io.restassured.response.ValidatableResponse postCsv(String measure, String csv) {
        return asAdmin()
                .contentType("text/csv; charset=utf-8")
                .body(csv)
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .log()
                .ifValidationFails();
    }

    @Test
    void aBatchIsRecordedOnceAndARetryChangesNothing() {
        String measure = Measures.monthly(TestData.createTrust(TestData.uniqueName("Obs batch")));
        Map<String, Object> body = Map.of(
                "observations",
                List.of(
                        Map.of("period", "2024-03", "value", 41, "annotation", "PDSA 2 started", "rebase", false),
                        Map.of("period", "2024-01", "value", 38.5),
                        Map.of("period", "2024-02", "value", 40)));
        post(measure, body)
                .statusCode(201)
                .body("recorded", equalTo(3))
                .body("unchanged", equalTo(0))
                .body("items.period", contains("2024-03", "2024-01", "2024-02"))
                .body("items[0].annotation", equalTo("PDSA 2 started"))
                .body("items[1].periodStart", equalTo("2024-01-01"))
                .body("items[1].recordedBy", org.hamcrest.Matchers.notNullValue());
        post(measure, body).statusCode(200).body("recorded", equalTo(0)).body("unchanged", equalTo(3));

        asAdmin()
                .get("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200)
                .body("items.period", contains("2024-01", "2024-02", "2024-03"))
                .body("items.value", contains(38.5f, 40, 41));
        asAdmin()
                .get("/api/v1/measures/" + measure)
                .then()
                .body("summary.points", equalTo(3))
                .body("summary.latestPeriod", equalTo("2024-03"))
                .body("summary.latestValue", equalTo(41))
                .body("summary.variationIcon", equalTo("COMMON_CAUSE"))
                .body("summary.limitsAreTrial", equalTo(true));
    }

    @Test
    void aDifferentFigureForARecordedPeriodIsAConflictAndNothingIsRecorded() {
        String measure = Measures.monthly(TestData.createTrust(TestData.uniqueName("Obs conflict")));
        Measures.record(measure, Measures.months("2024-01", "4", "5"));
        post(
                        measure,
                        Map.of(
                                "observations",
                                List.of(
                                        Map.of("period", "2024-03", "value", 7),
                                        Map.of("period", "2024-02", "value", 6))))
                .statusCode(409)
                .body("errors[0].field", equalTo("observations[1].period"))
                .body("errors[0].message", containsString("2024-02"))
                .body("errors[0].message", containsString("PATCH"));
        asAdmin().get("/api/v1/measures/" + measure + "/observations").then().body("items", hasSize(2));
        post(
                        measure,
                        Map.of(
                                "observations",
                                List.of(Map.of("period", "2024-02", "value", 5, "annotation", "a different note"))))
                .statusCode(409);
    }

    @Test
    void badPeriodsAndFiguresAre422NamingTheItem() {
        String measure = Measures.monthly(TestData.createTrust(TestData.uniqueName("Obs invalid")));
        post(
                        measure,
                        Map.of(
                                "observations",
                                List.of(
                                        Map.of("period", "2024-3", "value", 1),
                                        Map.of("period", "2024-W09", "value", 1),
                                        Map.of("period", "2024-13", "value", 1),
                                        Map.of("period", "2024-05"),
                                        Map.of("period", "2024-06", "value", 1, "numerator", 2))))
                .statusCode(422)
                .body(
                        "errors.field",
                        contains(
                                "observations[0].period",
                                "observations[1].period",
                                "observations[2].period",
                                "observations[3].value",
                                "observations[4].numerator"))
                .body("errors[1].message", containsString("weekly"));
        post(
                        measure,
                        Map.of(
                                "observations",
                                List.of(
                                        Map.of("period", "2024-05", "value", 1),
                                        Map.of("period", "2024-05", "value", 1))))
                .statusCode(422)
                .body("errors[0].field", equalTo("observations[1].period"))
                .body("errors[0].message", containsString("twice"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(Map.of("period", String.format("%04d-%02d", 1950 + i / 12, i % 12 + 1), "value", i));
        }
        post(measure, Map.of("observations", tooMany)).statusCode(422);
        post(measure, Map.of("observations", List.of())).statusCode(422);
        post(measure, Map.of("observations", List.of(Map.of("period", "2024-05", "value", 1, "colour", "red"))))
                .statusCode(400);
        asAdmin().get("/api/v1/measures/" + measure + "/observations").then().body("items", hasSize(0));
    }

    @Test
    void weeklyAndQuarterlyPeriodsAreIsoWeeksAndQuarters() {
        String trust = TestData.createTrust(TestData.uniqueName("Obs frequencies"));
        Map<String, Object> weekly = Measures.body("DECREASE");
        weekly.put("frequency", "WEEKLY");
        String week = Measures.create(trust, weekly);
        post(
                        week,
                        Map.of(
                                "observations",
                                List.of(
                                        Map.of("period", "2020-W53", "value", 1),
                                        Map.of("period", "2021-W01", "value", 2))))
                .statusCode(201)
                .body("items.periodStart", contains("2020-12-28", "2021-01-04"));
        post(week, Map.of("observations", List.of(Map.of("period", "2021-W53", "value", 1))))
                .statusCode(422);
        Map<String, Object> quarterly = Measures.body("INCREASE");
        quarterly.put("frequency", "QUARTERLY");
        String quarter = Measures.create(trust, quarterly);
        post(quarter, Map.of("observations", List.of(Map.of("period", "2024-Q4", "value", 1))))
                .statusCode(201)
                .body("items[0].periodStart", equalTo("2024-10-01"));
        post(
                        quarter,
                        Map.of(
                                "observations",
                                List.of(
                                        Map.of("period", "2024-Q5", "value", 1),
                                        Map.of("period", "2024-10", "value", 1))))
                .statusCode(422)
                .body("errors[1].message", containsString("monthly"));
    }

    @Test
    void aRateTakesNumeratorAndDenominatorAndDerivesItsValue() {
        String trust = TestData.createTrust(TestData.uniqueName("Obs rate"));
        String measure = asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("templateCode", "restraint-rate"))
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        post(
                        measure,
                        Map.of(
                                "observations",
                                List.of(Map.of("period", "2024-01", "numerator", 12, "denominator", 2480))))
                .statusCode(201)
                // 12 ÷ 2480 × 1000 = 4.838709677… → 4.838710 (six places, half up)
                .body("items[0].value", equalTo(4.83871f))
                .body("items[0].numerator", equalTo(12))
                .body("items[0].denominator", equalTo(2480));
        post(measure, Map.of("observations", List.of(Map.of("period", "2024-02", "numerator", 3, "denominator", 0))))
                .statusCode(422)
                .body("errors[0].field", equalTo("observations[0].denominator"));
        post(measure, Map.of("observations", List.of(Map.of("period", "2024-02", "value", 3))))
                .statusCode(422)
                .body("errors.field", hasItem("observations[0].value"))
                .body("errors.field", hasItem("observations[0].numerator"));
        post(measure, Map.of("observations", List.of(Map.of("period", "2024-02", "numerator", -1, "denominator", 10))))
                .statusCode(422);
    }

    @Test
    void corrections_and_deletions_need_the_observations_etag() {
        String measure = Measures.monthly(TestData.createTrust(TestData.uniqueName("Obs correct")));
        Measures.record(measure, Measures.months("2024-01", "4", "5"));
        String path = "/api/v1/measures/" + measure + "/observations/2024-02";
        asAdmin()
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("value", equalTo(5));
        asAdmin()
                .contentType(MERGE_PATCH)
                .body("{\"value\":6}")
                .patch(path)
                .then()
                .statusCode(428);
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType(MERGE_PATCH)
                .body("{\"value\":6,\"annotation\":\"Corrected from the ward return\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("value", equalTo(6))
                .body("annotation", equalTo("Corrected from the ward return"));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType(MERGE_PATCH)
                .body("{\"value\":7}")
                .patch(path)
                .then()
                .statusCode(412);
        asAdmin()
                .header("If-Match", "\"1\"")
                .contentType(MERGE_PATCH)
                .body("{\"period\":\"2024-03\"}")
                .patch(path)
                .then()
                .statusCode(400);
        asAdmin()
                .header("If-Match", "\"1\"")
                .contentType(MERGE_PATCH)
                .body("{\"value\":null}")
                .patch(path)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("value"));
        asAdmin().get("/api/v1/measures/" + measure).then().body("summary.latestValue", equalTo(6));
        asAdmin()
                .get("/api/v1/measures/" + measure + "/observations/2024-07")
                .then()
                .statusCode(404);
        asAdmin().header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        asAdmin().get(path).then().statusCode(404);
        asAdmin()
                .get("/api/v1/measures/" + measure)
                .then()
                .body("summary.points", equalTo(1))
                .body("summary.latestPeriod", equalTo("2024-01"));
    }

    @Test
    void spreadsheetsGoInAndComeOutAsCsv() {
        String measure = Measures.monthly(TestData.createTrust(TestData.uniqueName("Obs csv")));
        String csv = "\uFEFFPeriod,Value,Annotation,Rebase\r\n2024-01,4,,\r\n2024-02,5,\"Huddles start, ward 3\",no\r\n"
                + "2024-03,3.5,,TRUE\r\n";
        postCsv(measure, csv)
                .statusCode(201)
                .body("recorded", equalTo(3))
                .body("items[1].annotation", equalTo("Huddles start, ward 3"))
                .body("items[2].rebase", equalTo(true));
        String exported = asAdmin()
                .accept("text/csv")
                .get("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(exported)
                .isEqualTo("period,value,annotation,rebase,excluded,exclusion_reason\r\n"
                        + "2024-01,4,,false,false,\r\n2024-02,5,\"Huddles start, ward 3\",false,false,\r\n"
                        + "2024-03,3.5,,true,false,\r\n");
        postCsv(measure, exported).statusCode(200).body("unchanged", equalTo(3));

        postCsv(measure, "period,value\r\n2024-04,1\r\n2024-5,2\r\n2024-06,lots\r\n2024-04,3\r\n")
                .statusCode(422)
                .body("errors.field", contains("row 3.period", "row 4.value", "row 5.period"))
                .body("errors[1].message", containsString("not a number"));
        postCsv(measure, "period,colour\r\n2024-04,red\r\n")
                .statusCode(422)
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("colour"));
        postCsv(measure, "").statusCode(422).body("errors[0].field", equalTo("header"));
        postCsv(measure, "period,value\r\n").statusCode(422).body("errors[0].field", equalTo("rows"));
        postCsv(measure, "period,value\r\n2024-04,\"1\r\n").statusCode(400);
        postCsv(measure, "period,value\r\n2024-04,1,extra\r\n").statusCode(400);
        asAdmin().get("/api/v1/measures/" + measure + "/observations").then().body("items", hasSize(3));
    }

    @Test
    void aRatesExportCarriesItsDerivedValueAndGoesBackIn() {
        String trust = TestData.createTrust(TestData.uniqueName("Obs rate csv"));
        String measure = asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("templateCode", "staff-sickness"))
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        postCsv(measure, "period,numerator,denominator\r\n2024-01,31,620\r\n2024-02,40,600\r\n")
                .statusCode(201);
        String exported = asAdmin()
                .accept("text/csv")
                .get("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // 31 ÷ 620 × 100 = 5; 40 ÷ 600 × 100 = 6.666667 (six places)
        org.assertj.core.api.Assertions.assertThat(exported)
                .isEqualTo("period,numerator,denominator,value,annotation,rebase,excluded,exclusion_reason\r\n"
                        + "2024-01,31,620,5,,false,false,\r\n2024-02,40,600,6.666667,,false,false,\r\n");
        postCsv(measure, exported).statusCode(200).body("unchanged", equalTo(2));
        postCsv(measure, "period,numerator,denominator,value\r\n2024-03,1,10,99\r\n")
                .statusCode(422)
                .body("errors[0].field", equalTo("row 2.value"))
                .body("errors[0].message", containsString("= 10"));
    }

    @Test
    void aGoalsCyclesAnnotateTheMeasuresPeriods() {
        String trust = TestData.createTrust(TestData.uniqueName("Obs cycles"));
        String goal = Pdsa.goal(trust);
        Pdsa.reviewedCycle(goal, "ADOPT"); // Do started 2026-12-01, reviewed 2026-12-20
        Map<String, Object> body = Measures.body("INCREASE");
        body.remove("challengeNumber");
        body.put("goalId", goal);
        String measure = Measures.create(trust, body);
        post(
                        measure,
                        Map.of(
                                "observations",
                                List.of(
                                        Map.of("period", "2026-11", "value", 3),
                                        Map.of("period", "2026-12", "value", 5, "annotation", "Ward 3 only"))))
                .statusCode(201)
                .body("items[0].cycleEvents", hasSize(0))
                .body(
                        "items[1].cycleEvents",
                        contains("PDSA 1 started: Welcome group on Ward 3", "PDSA 1 reviewed: ADOPT"));
        asAdmin()
                .get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body("points[0].annotation", nullValue())
                .body(
                        "points[1].annotation",
                        equalTo("Ward 3 only; PDSA 1 started: Welcome group on Ward 3; PDSA 1 reviewed: ADOPT"));
        asAdmin()
                .get("/api/v1/measures/" + measure + "/observations/2026-12")
                .then()
                .body("annotation", equalTo("Ward 3 only"))
                .body("cycleEvents", hasSize(2));
    }

    @Test
    void observationsAreInTheAuditTrailAndTheChangeFeed() {
        String trust = TestData.createTrust(TestData.uniqueName("Obs audit"));
        String measure = Measures.monthly(trust);
        Measures.record(measure, Measures.months("2024-01", "4", "5"));
        asAdmin()
                .queryParam("trustId", trust)
                .queryParam("resourceType", "observation")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.kind", contains("CREATED", "CREATED"));
        asAdmin()
                .queryParam("trustId", trust)
                .queryParam("resourceType", "measure")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].resourceId", equalTo(measure));
        asAdmin()
                .queryParam("trustId", trust)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.resourceType", contains("trust", "measure", "observation", "observation"));
    }

    @Test
    void analysisShowsMissingPeriodsAndAnswers304WhenUnchanged() {
        String measure = Measures.monthly(TestData.createTrust(TestData.uniqueName("Obs gaps")));
        post(
                        measure,
                        Map.of(
                                "observations",
                                List.of(
                                        Map.of("period", "2024-01", "value", 4),
                                        Map.of("period", "2024-04", "value", 5),
                                        Map.of("period", "2024-06", "value", 6))))
                .statusCode(201);
        String etag = asAdmin()
                .get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body("missingPeriods", contains("2024-02", "2024-03", "2024-05"))
                .body("points.period", contains("2024-01", "2024-04", "2024-06"))
                .extract()
                .header("ETag");
        asAdmin()
                .header("If-None-Match", etag)
                .get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(304);
        asAdmin()
                .get("/api/v1/measures/" + measure + "/run-chart")
                .then()
                .statusCode(200)
                .body("missingPeriods", hasSize(3))
                .body("tooFewPoints", equalTo(true))
                .body("n", equalTo(3))
                .body("shiftDetected", equalTo(false))
                .body("runsLowerLimit", nullValue());
        Measures.record(measure, Measures.months("2024-02", "9"));
        asAdmin()
                .header("If-None-Match", etag)
                .get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body("missingPeriods", contains("2024-03", "2024-05"));
    }

    @Test
    void aCsvUploadIsAllowedOnlyToThoseWhoMayWriteTheTrust() {
        String trust = TestData.createTrust(TestData.uniqueName("Obs csv scope"));
        String other = TestData.createTrust(TestData.uniqueName("Obs csv other"));
        String measure = Measures.monthly(trust);
        String csv = "period,value\r\n2024-01,4\r\n";
        org.imroc.tracker.support.Api.as(org.imroc.tracker.support.Api.createKey(List.of(trust)))
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(403);
        org.imroc.tracker.support.Api.as(org.imroc.tracker.support.Api.createUser("TRUST_LEAD", List.of(other))
                        .token())
                .contentType("text/csv")
                .body("not even csv \"")
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(404);
        org.imroc.tracker.support.Api.as(org.imroc.tracker.support.Api.createUser("TRUST_LEAD", List.of(trust))
                        .token())
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(201);
        postCsv(measure, "period,value,annotation\r\n2024-02,4,nul \u0000 here\r\n")
                .statusCode(422)
                .body("errors[0].field", equalTo("row 2.annotation"));
    }
}
