package org.imroc.tracker.measure.analysis;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * A rate drawn as an attribute chart (its centre line and per-point limits over stored observations are the ones
 * worked by hand in AttributeChartTest), and observations excluded from the limits with a reason.
 */
@QuarkusTest
class SpcChartsTest {

    private static final double EPS = 1e-9;
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static RequestSpecification exact() {
        return asAdmin()
                .config(RestAssuredConfig.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private static Map<String, Object> rate(String chart) {
        Map<String, Object> body = Measures.body("DECREASE");
        body.put("name", "Restraint per 1,000 occupied bed days");
        body.put("unit", "per 1,000 bed days");
        body.put("ratio", Map.of("multiplier", 1000, "numeratorLabel", "episodes", "denominatorLabel", "bed days"));
        body.put("spc", Map.of("chart", chart));
        return body;
    }

    /** AttributeChartTest.RESTRAINT: episodes over bed days, 2024-01 to 2024-05. */
    private static List<Map<String, Object>> restraint() {
        long[] pairs = {3, 100, 2, 400, 30, 2500, 8, 1600, 7, 400};
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            items.add(Map.of("period", "2024-0" + (i / 2 + 1), "numerator", pairs[i], "denominator", pairs[i + 1]));
        }
        return items;
    }

    @Test
    void aRateDrawnAsAUChartHasTheCentreOfTotalsAndItsOwnLimitsAtEachPoint() {
        String trust = TestData.createTrust(TestData.uniqueName("U chart"));
        String measure = Measures.create(trust, rate("U"));
        asAdmin().get("/api/v1/measures/" + measure).then().statusCode(200).body("spc.chart", equalTo("U"));
        Measures.record(measure, restraint());

        // ū = 50 ÷ 5,000 × 1,000 = 10; P01 σ = √(0.01/100) × 1,000 = 10: 40 and 0 (clipped); P03 σ = 2: 16 and 4
        exact().get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body("chart", equalTo("U"))
                .body("n", equalTo(5))
                .body("mean", closeTo(10.0, EPS))
                .body("mrBar", nullValue())
                .body("groups[0].mean", closeTo(10.0, EPS))
                .body("groups[0].upl", nullValue())
                .body("points[0].value", closeTo(30.0, EPS))
                .body("points[0].upl", closeTo(40.0, EPS))
                .body("points[0].lpl", closeTo(0.0, EPS))
                .body("points[0].nearUpl", closeTo(30.0, EPS))
                .body("points[1].upl", closeTo(25.0, EPS))
                .body("points[1].nearUpl", closeTo(20.0, EPS))
                .body("points[2].upl", closeTo(16.0, EPS))
                .body("points[2].lpl", closeTo(4.0, EPS))
                .body("points[2].nearLpl", closeTo(6.0, EPS))
                .body("points[4].upl", closeTo(25.0, EPS))
                .body("upl", closeTo(25.0, EPS))
                .body("points[0].movingRange", nullValue())
                .body("interpretation", containsString("Restraint per 1,000 occupied bed days"));
        asAdmin()
                .accept("image/svg+xml")
                .get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body(containsString("<svg"));
    }

    @Test
    void anAttributeChartIsForARateAndAProportionNeverExceedsItsDenominator() {
        String trust = TestData.createTrust(TestData.uniqueName("P chart"));
        Map<String, Object> plain = Measures.body("DECREASE");
        plain.put("spc", Map.of("chart", "U"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(plain)
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("spc.chart"));

        String proportion = Measures.create(trust, rate("P"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", List.of(Map.of("period", "2024-01", "numerator", 5, "denominator", 4))))
                .post("/api/v1/measures/" + proportion + "/observations")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("observations[0].numerator"));

        String events = Measures.create(trust, rate("U"));
        Measures.record(events, List.of(Map.of("period", "2024-01", "numerator", 5, "denominator", 4)));
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/measures/" + events))
                .contentType(MERGE_PATCH)
                .body("{\"spc\":{\"chart\":\"P_PRIME\"}}")
                .patch("/api/v1/measures/" + events)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("spc.chart"))
                .body("errors[0].message", containsString("2024-01"));
    }

    @Test
    void anExcludedFigureStaysOnTheChartButCountsTowardsNeitherTheMeanNorTheMovingRanges() {
        String trust = TestData.createTrust(TestData.uniqueName("Excluded"));
        String measure = Measures.monthly(trust);
        Measures.record(measure, Measures.months("2024-01", "10", "12", "14", "12", "40", "12", "10"));
        String spc = "/api/v1/measures/" + measure + "/spc";
        exact().get(spc).then().statusCode(200).body("mean", closeTo(110.0 / 7, EPS));

        String may = "/api/v1/measures/" + measure + "/observations/2024-05";
        asAdmin()
                .header("If-Match", Pdsa.etag(may))
                .contentType(MERGE_PATCH)
                .body("{\"excluded\":true}")
                .patch(may)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("exclusionReason"));
        asAdmin()
                .header("If-Match", Pdsa.etag(may))
                .contentType(MERGE_PATCH)
                .body("{\"excluded\":true,\"exclusionReason\":\"Episodes double-counted in the old system\"}")
                .patch(may)
                .then()
                .statusCode(200)
                .body("excluded", equalTo(true))
                .body("exclusionReason", equalTo("Episodes double-counted in the old system"));

        // kept: 10 12 14 12 12 10 → mean 70/6; moving ranges 2 2 2 0 2 (12 → 12 across the excluded May) → 1.6
        exact().get(spc)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("mean", closeTo(70.0 / 6, EPS))
                .body("mrBar", closeTo(1.6, EPS))
                .body("upl", closeTo(70.0 / 6 + 2.66 * 1.6, EPS))
                .body("points[4].excluded", equalTo(true))
                .body("points[4].leftOut", equalTo(true))
                .body("points[4].inBaseline", equalTo(false))
                .body("points[4].pointType", equalTo("SPECIAL_CAUSE_CONCERN"))
                .body("points[4].annotation", containsString("Excluded from the limits: Episodes double-counted"))
                .body("points[5].movingRange", equalTo(0))
                .body("points[3].excluded", equalTo(false));
        String csv = asAdmin()
                .accept("text/csv")
                .get("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(csv)
                .contains("excluded")
                .contains("2024-05,40,,false,true,Episodes double-counted in the old system")
                .contains("2024-04,12,,false,false,");

        asAdmin()
                .header("If-Match", Pdsa.etag(may))
                .contentType(MERGE_PATCH)
                .body("{\"excluded\":false,\"exclusionReason\":null}")
                .patch(may)
                .then()
                .statusCode(200)
                .body("excluded", equalTo(false))
                .body("exclusionReason", nullValue());
        exact().get(spc).then().statusCode(200).body("mean", closeTo(110.0 / 7, EPS));
    }

    @Test
    void aFigureMayBeRecordedExcludedAndAReasonAloneIsRefused() {
        String trust = TestData.createTrust(TestData.uniqueName("Excluded on entry"));
        String measure = Measures.monthly(trust);
        Map<String, Object> reasonOnly = new HashMap<>(Map.of("period", "2024-01", "value", 3));
        reasonOnly.put("exclusionReason", "why");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", List.of(reasonOnly)))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("observations[0].exclusionReason"));
        Map<String, Object> excluded = new HashMap<>(reasonOnly);
        excluded.put("excluded", true);
        excluded.put("exclusionReason", "Ward closed for refurbishment");
        Measures.record(measure, List.of(excluded, Map.of("period", "2024-02", "value", 5)));
        asAdmin()
                .get("/api/v1/measures/" + measure + "/observations/2024-01")
                .then()
                .statusCode(200)
                .body("excluded", equalTo(true))
                .body("exclusionReason", equalTo("Ward closed for refurbishment"));
        // the same figures again are a safe retry
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", List.of(excluded)))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200);
        asAdmin()
                .get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .body("points", hasSize(2))
                .body("points[0].leftOut", equalTo(true));
    }
}
