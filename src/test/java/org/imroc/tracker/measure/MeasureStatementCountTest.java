package org.imroc.tracker.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Reading a measure, its observations, its charts and the roll-ups takes the same number of SQL statements for 12
 * observations as for 240; recording them takes a fixed number plus one per JDBC batch of 50 rows.
 */
@QuarkusTest
class MeasureStatementCountTest {

    private static List<Map<String, Object>> months(int count) {
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            values[i] = String.valueOf(10 + (i * 7) % 5);
        }
        return Measures.months("2000-01", values);
    }

    private static String measureOfGoal(String trust, String goal) {
        Map<String, Object> body = Measures.body("DECREASE");
        body.remove("challengeNumber");
        body.put("goalId", goal);
        body.put("target", 11);
        return Measures.create(trust, body);
    }

    private static long recording(String measure, List<Map<String, Object>> items) {
        return SqlStatements.during(() -> asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", items))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(201));
    }

    private static Map<String, Long> reads(String trust, String measure, int points) {
        String base = "/api/v1/measures/" + measure;
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(
                "get measure",
                SqlStatements.during(() -> asAdmin()
                        .get(base)
                        .then()
                        .statusCode(200)
                        .body("summary.points", org.hamcrest.Matchers.equalTo(points))));
        counts.put(
                "spc",
                SqlStatements.during(() -> asAdmin()
                        .get(base + "/spc")
                        .then()
                        .statusCode(200)
                        .body("points.size()", org.hamcrest.Matchers.equalTo(points))));
        counts.put(
                "run chart",
                SqlStatements.during(() -> asAdmin()
                        .get(base + "/run-chart")
                        .then()
                        .statusCode(200)
                        .body("points.size()", org.hamcrest.Matchers.equalTo(points))));
        counts.put(
                "observation page",
                SqlStatements.during(() -> asAdmin()
                        .queryParam("limit", 200)
                        .get(base + "/observations")
                        .then()
                        .statusCode(200)));
        counts.put(
                "observations csv",
                SqlStatements.during(() -> asAdmin()
                        .accept("text/csv")
                        .get(base + "/observations")
                        .then()
                        .statusCode(200)));
        counts.put(
                "measure list",
                SqlStatements.during(() -> asAdmin()
                        .get("/api/v1/trusts/" + trust + "/measures")
                        .then()
                        .statusCode(200)));
        counts.put(
                "trust progress",
                SqlStatements.during(() -> asAdmin()
                        .get("/api/v1/trusts/" + trust + "/progress")
                        .then()
                        .statusCode(200)));
        return counts;
    }

    @Test
    void readsTakeTheSameStatementsForTwelveAndTwoHundredFortyObservations() {
        String small = TestData.createTrust(TestData.uniqueName("Count measures 12"));
        String large = TestData.createTrust(TestData.uniqueName("Count measures 240"));
        String smallGoal = Pdsa.goal(small);
        String largeGoal = Pdsa.goal(large);
        Pdsa.reviewedCycle(smallGoal, "ADAPT");
        Pdsa.reviewedCycle(largeGoal, "ADAPT");
        String twelve = measureOfGoal(small, smallGoal);
        String twoForty = measureOfGoal(large, largeGoal);

        asAdmin().get("/api/v1/trusts/" + small + "/progress").then().statusCode(200); // caches the challenges
        long write12 = recording(twelve, months(12));
        long write240 = recording(twoForty, months(240));
        Map<String, Long> reads12 = reads(small, twelve, 12);
        Map<String, Long> reads240 = reads(large, twoForty, 240);

        System.out.printf("statement-count: record 12 observations = %d, 240 = %d%n", write12, write240);
        reads12.forEach((what, count) -> System.out.printf(
                "statement-count: %s with 12 observations = %d, " + "with 240 = %d%n",
                what, count, reads240.get(what)));
        assertThat(reads240).isEqualTo(reads12);
        assertThat(reads12.get("spc")).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
        assertThat(reads12.get("run chart")).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
        assertThat(reads12.get("observation page")).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
        // 240 rows and their 240 audit events go in JDBC batches of 50: at most 2 × 5 prepared statements more
        assertThat(write240).isLessThanOrEqualTo(write12 + 2 * 5);
    }

    @Test
    void aRecordedBatchIsRetriedWithTheSameStatementsWhateverItsSize() {
        String trust = TestData.createTrust(TestData.uniqueName("Count retry"));
        String measure = Measures.monthly(trust);
        List<Map<String, Object>> items = new ArrayList<>(months(240));
        recording(measure, items);
        long retry240 = SqlStatements.during(() -> asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", items))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200));
        long retry12 = SqlStatements.during(() -> asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", items.subList(0, 12)))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200));
        System.out.printf("statement-count: safe retry of 12 observations = %d, of 240 = %d%n", retry12, retry240);
        assertThat(retry240).isEqualTo(retry12);
    }
}
