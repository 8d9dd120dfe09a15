package org.imroc.tracker.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Parts are stored with their figure (decision 0032), so reading a measure broken down by the 6 ethnic groups costs
 * the same SQL statements as one broken down by the 18 ethnic categories, and 36 periods as many as 12.
 */
@QuarkusTest
class PartsStatementCountTest {

    /** A measure broken down by {@code breakdown}, with {@code periods} months of figures, every code a part. */
    private static String measureWith(Breakdown breakdown, int periods) {
        String trust = TestData.createTrust(TestData.uniqueName("Parts count"));
        String measure = ObservationPartsTest.rateMeasure(trust, List.of(breakdown.name()));
        List<Map<String, Object>> items = new ArrayList<>();
        YearMonth month = YearMonth.of(2022, 1);
        List<String> codes = breakdown.codes();
        for (int p = 0; p < periods; p++, month = month.plusMonths(1)) {
            List<Map<String, Object>> parts = new ArrayList<>();
            int events = 0;
            int days = 0;
            for (int c = 0; c < codes.size(); c++) {
                int e = (c + p) % 4;
                int d = 50 + 10 * c;
                parts.add(ObservationPartsTest.part(codes.get(c), e, d));
                events += e;
                days += d;
            }
            items.add(Map.of(
                    "period",
                    month.toString(),
                    "numerator",
                    events,
                    "denominator",
                    days,
                    "parts",
                    Map.of(breakdown.name(), parts)));
        }
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", items))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201);
        return measure;
    }

    private static Map<String, Long> reads(String measure) {
        String base = "/api/v1/measures/" + measure;
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(
                "observations",
                SqlStatements.during(() ->
                        asAdmin().get(base + "/observations?limit=100").then().statusCode(200)));
        counts.put(
                "observations csv",
                SqlStatements.during(() -> asAdmin()
                        .accept("text/csv")
                        .get(base + "/observations")
                        .then()
                        .statusCode(200)));
        counts.put(
                "group spc",
                SqlStatements.during(() -> asAdmin()
                        .get(base + "/spc?breakdown=ETHNIC_GROUP&code=BLACK")
                        .then()
                        .statusCode(200)));
        counts.put(
                "group run chart",
                SqlStatements.during(() -> asAdmin()
                        .get(base + "/run-chart?breakdown=ETHNIC_GROUP&code=WHITE")
                        .then()
                        .statusCode(200)));
        counts.put(
                "group spc svg",
                SqlStatements.during(() -> asAdmin()
                        .accept("image/svg+xml")
                        .get(base + "/spc?breakdown=ETHNIC_GROUP&code=ASIAN")
                        .then()
                        .statusCode(200)));
        return counts;
    }

    @Test
    void readingPartsCostsTheSameForSixGroupsAsForEighteenCategoriesAndForAnyNumberOfPeriods() {
        reads(measureWith(Breakdown.ETHNIC_GROUP, 3)); // warm up: the first request of a boot reads reference data
        Map<String, Long> groups = reads(measureWith(Breakdown.ETHNIC_GROUP, 12));
        Map<String, Long> categories = reads(measureWith(Breakdown.ETHNIC_CATEGORY, 12));
        Map<String, Long> longer = reads(measureWith(Breakdown.ETHNIC_CATEGORY, 36));
        System.out.println("SQL statements, 6 groups × 12 periods:      " + groups);
        System.out.println("SQL statements, 18 categories × 12 periods: " + categories);
        System.out.println("SQL statements, 18 categories × 36 periods: " + longer);
        assertThat(categories).isEqualTo(groups);
        assertThat(longer).isEqualTo(groups);
        assertThat(groups.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 6L));
    }
}
