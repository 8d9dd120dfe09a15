package org.imroc.tracker.measure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * What a measure may hold (docs/decisions/0020): 20 years of periods of its frequency and a few rebases, on every
 * path that adds observations; over a limit is 422 naming it, and nothing is recorded.
 */
@QuarkusTest
class MeasureLimitsTest {

    private static ValidatableResponse post(String measure, List<Map<String, Object>> items) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", items))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .log()
                .ifValidationFails();
    }

    private static ValidatableResponse postCsv(String measure, String csv) {
        return asAdmin()
                .contentType("text/csv; charset=utf-8")
                .body(csv)
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .log()
                .ifValidationFails();
    }

    /** {@code count} consecutive months from January 2000, a rebase at each index in {@code rebases}. */
    private static List<Map<String, Object>> months(int from, int count, int... rebases) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            Map<String, Object> item = new HashMap<>();
            item.put("period", YearMonth.of(2000, 1).plusMonths(i).toString());
            item.put("value", 10 + i % 7);
            for (int r : rebases) {
                if (r == i) {
                    item.put("rebase", true);
                }
            }
            items.add(item);
        }
        return items;
    }

    private static long count(String measure) {
        return ((Number) asAdmin()
                        .get("/api/v1/measures/" + measure)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("summary.points"))
                .longValue();
    }

    @Test
    void aMonthlyMeasureHoldsTwentyYearsOfPeriodsOnEveryPath() {
        String measure = Measures.monthly(TestData.createTrust(TestData.uniqueName("Limit periods")));
        post(measure, months(0, 241))
                .statusCode(422)
                .body("errors[0].field", equalTo("observations"))
                .body("errors[0].message", containsString("at most 240 periods"));
        post(measure, months(0, 240)).statusCode(201);
        post(measure, months(240, 1))
                .statusCode(422)
                .body("errors[0].field", equalTo("observations"))
                .body("errors[0].message", containsString("at most 240 periods"));
        postCsv(measure, "period,value\r\n2020-01,4\r\n")
                .statusCode(422)
                .body("errors[0].field", equalTo("rows"))
                .body("errors[0].message", containsString("240"));
        post(measure, months(0, 3)).statusCode(200); // a retry of recorded periods adds nothing: still allowed
        org.assertj.core.api.Assertions.assertThat(count(measure)).isEqualTo(240);
    }

    @Test
    void aWeeklyMeasureHoldsTwentyYearsOfWeeks() {
        Map<String, Object> body = Measures.body("DECREASE");
        body.put("frequency", "WEEKLY");
        String measure = Measures.create(TestData.createTrust(TestData.uniqueName("Limit weeks")), body);
        java.time.LocalDate monday = java.time.LocalDate.of(2000, 1, 3);
        List<String> weeks = new ArrayList<>();
        for (int i = 0; i < 1045; i++) {
            java.time.LocalDate day = monday.plusWeeks(i);
            weeks.add(String.format(
                    "%04d-W%02d,%d\r\n",
                    day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    i % 9));
        }
        for (int from = 0; from < 1044; from += 500) {
            postCsv(measure, "period,value\r\n" + String.join("", weeks.subList(from, Math.min(1044, from + 500))))
                    .statusCode(201);
        }
        postCsv(measure, "period,value\r\n" + weeks.get(1044))
                .statusCode(422)
                .body("errors[0].field", equalTo("rows"))
                .body("errors[0].message", containsString("at most 1044 periods"));
        org.assertj.core.api.Assertions.assertThat(count(measure)).isEqualTo(1044);
    }

    @Test
    void rebasesAreOnePerTwelvePointsAndAtMostTwenty() {
        String trust = TestData.createTrust(TestData.uniqueName("Limit rebases"));
        String measure = Measures.monthly(trust);
        // 24 points allow 1 + 24 / 12 = 3 rebases
        post(measure, months(0, 24, 5, 10, 15, 20))
                .statusCode(422)
                .body("errors[0].field", equalTo("observations"))
                .body("errors[0].message", containsString("at most 3 rebases"));
        post(measure, months(0, 24, 5, 10, 15)).statusCode(201);
        String path = "/api/v1/measures/" + measure + "/observations/2000-02";
        String etag = asAdmin().get(path).then().statusCode(200).extract().header("ETag");
        asAdmin()
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"rebase\":true}")
                .patch(path)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("rebase"))
                .body("errors[0].message", containsString("at most 3 rebases"));
        postCsv(measure, "period,value,rebase\r\n2002-01,4,yes\r\n")
                .statusCode(422)
                .body("errors[0].field", equalTo("rows"))
                .body("errors[0].message", containsString("rebases"));

        String longSeries = Measures.monthly(trust);
        int[] every10 = new int[21];
        for (int i = 0; i < every10.length; i++) {
            every10[i] = 5 + 10 * i;
        }
        post(longSeries, months(0, 240, every10))
                .statusCode(422)
                .body("errors[0].message", containsString("at most 20 rebases"));
        post(longSeries, months(0, 240, java.util.Arrays.copyOf(every10, 20))).statusCode(201);
    }
}
