package org.imroc.tracker.measure.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Disparities cost the same statements with 6 groups as with 18, and with 12 periods as with 36: the measure in
 * one, its figures (each carrying its parts in its own row) in one more.
 */
@QuarkusTest
class DisparitiesStatementCountTest {

    /** A restraint rate broken down by {@code breakdown}, with {@code months} months of parts, every code given. */
    private static String measureWith(Breakdown breakdown, int months) {
        String trust = TestData.createTrust(TestData.uniqueName("Disparity count"));
        String measure = Measures.create(
                trust, Map.of("templateCode", "restraint-rate", "breakdowns", List.of(breakdown.name())));
        List<Map<String, Object>> items = new ArrayList<>();
        YearMonth month = YearMonth.of(2023, 1);
        for (int i = 0; i < months; i++) {
            int period = i;
            items.add(Measures.withParts(breakdown, month, c -> (period * 7 + c * 3) % 9, c -> 100 + 10 * c));
            month = month.plusMonths(1);
        }
        asAdmin()
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("observations", items))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201);
        return measure;
    }

    private static Map<String, Long> counts(String measure, String query) {
        String path = "/api/v1/measures/" + measure + "/disparities" + query;
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("json", SqlStatements.during(() -> asAdmin().get(path).then().statusCode(200)));
        counts.put(
                "by period",
                SqlStatements.during(
                        () -> asAdmin().get(path + "&by=period").then().statusCode(200)));
        counts.put(
                "csv",
                SqlStatements.during(() -> asAdmin()
                        .accept("text/csv")
                        .get(path + "&by=period")
                        .then()
                        .statusCode(200)));
        counts.put(
                "svg",
                SqlStatements.during(
                        () -> asAdmin().accept("image/svg+xml").get(path).then().statusCode(200)));
        return counts;
    }

    @Test
    void sixGroupsAndEighteenCodesTwelveAndThirtySixMonthsCostTheSameStatements() {
        counts(measureWith(Breakdown.ETHNIC_GROUP, 2), "?breakdown=ETHNIC_GROUP&reference=WHITE"); // warm up
        String all = "&from=2023-01&to=2025-12";
        Map<String, Long> groups12 =
                counts(measureWith(Breakdown.ETHNIC_GROUP, 12), "?breakdown=ETHNIC_GROUP&reference=WHITE" + all);
        Map<String, Long> codes12 =
                counts(measureWith(Breakdown.ETHNIC_CATEGORY, 12), "?breakdown=ETHNIC_CATEGORY&reference=A" + all);
        Map<String, Long> groups36 =
                counts(measureWith(Breakdown.ETHNIC_GROUP, 36), "?breakdown=ETHNIC_GROUP&reference=WHITE" + all);
        Map<String, Long> codes36 =
                counts(measureWith(Breakdown.ETHNIC_CATEGORY, 36), "?breakdown=ETHNIC_CATEGORY&reference=A" + all);
        System.out.printf(
                "statement-count: disparities, 6 groups × 12 months = %s; 18 codes × 12 months = %s; "
                        + "6 groups × 36 months = %s; 18 codes × 36 months = %s%n",
                groups12, codes12, groups36, codes36);
        assertThat(codes12).isEqualTo(groups12);
        assertThat(groups36).isEqualTo(groups12);
        assertThat(codes36).isEqualTo(groups12);
        assertThat(groups12.get("json")).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
    }
}
