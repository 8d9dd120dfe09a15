package org.imroc.tracker.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.imroc.tracker.support.Units;
import org.junit.jupiter.api.Test;

/**
 * A measure's charts, unit lines and disparities asked again while nothing at all was written cost only the caller
 * check's statement: the measure in scope, its Trust's change number and its rebases are kept as of the change feed
 * (MeasureStates, docs/decisions/0041), and each answer per state. Another caller's scope is never answered from
 * them, and a write shows on the next read.
 */
@QuarkusTest
class MeasureAskedAgainTest {

    private static final Breakdown GROUPS = Breakdown.ETHNIC_GROUP;

    /** A restraint rate broken down by ethnic group, 12 months of parts. */
    private static String groupMeasure(String trust) {
        String measure =
                Measures.create(trust, Map.of("templateCode", "restraint-rate", "breakdowns", List.of(GROUPS.name())));
        List<Map<String, Object>> items = new ArrayList<>();
        YearMonth month = YearMonth.of(2024, 1);
        for (int i = 0; i < 12; i++) {
            items.add(monthWithParts(month.plusMonths(i), i));
        }
        Measures.record(measure, items);
        return measure;
    }

    private static Map<String, Object> monthWithParts(YearMonth month, int i) {
        return Measures.withParts(GROUPS, month, c -> (i * 7 + c * 3) % 9 + 5, c -> 400 + 10 * c);
    }

    /** A restraint rate recorded by one ward, 12 months. */
    private static String wardMeasure(String trust, String ward) {
        String measure = Measures.create(trust, Map.of("templateCode", "restraint-rate", "recordedBy", "UNIT"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            items.add(Map.of(
                    "period",
                    String.format("2024-%02d", month),
                    "unitId",
                    ward,
                    "numerator",
                    month % 5,
                    "denominator",
                    600));
        }
        Measures.record(measure, items);
        return measure;
    }

    @Test
    void aMeasureReadAskedAgainCostsOnlyTheCallerCheckUntilSomethingIsWritten() {
        String trust = TestData.createTrust(TestData.uniqueName("Again"));
        String other = TestData.createTrust(TestData.uniqueName("Again other"));
        String ward = Units.ward(trust);
        String groups = "/api/v1/measures/" + groupMeasure(trust);
        String wards = "/api/v1/measures/" + wardMeasure(trust, ward);
        String otherKey = Api.createKey(List.of(other));
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("spc", groups + "/spc");
        reads.put("spc svg", groups + "/spc");
        reads.put("run chart", groups + "/run-chart");
        reads.put("one group's spc", groups + "/spc?breakdown=ETHNIC_GROUP&code=WHITE");
        reads.put("disparities", groups + "/disparities?breakdown=ETHNIC_GROUP&reference=WHITE");
        reads.put("disparities svg", groups + "/disparities?breakdown=ETHNIC_GROUP&reference=WHITE");
        reads.put("unit spc", wards + "/spc?unitId=" + ward);
        reads.put("units", wards + "/units");
        reads.put("units svg", wards + "/units");
        Map<String, Long> again = new LinkedHashMap<>();
        reads.forEach((name, path) -> {
            String accept = name.endsWith("svg") ? "image/svg+xml" : "application/json";
            asAdmin().accept(accept).get(path).then().statusCode(200);
            again.put(
                    name,
                    SqlStatements.leastOf(
                            3, () -> asAdmin().accept(accept).get(path).then().statusCode(200)));
        });
        assertThat(again)
                .allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(SqlStatements.CALLER_LOOKUP));

        // a key for another Trust asking the same, with nothing written since, does not get the kept measure
        reads.values().forEach(path -> Api.as(otherKey).get(path).then().statusCode(404));

        // a new month shows on the next read
        Measures.record(
                groups.substring(groups.lastIndexOf('/') + 1), List.of(monthWithParts(YearMonth.of(2025, 1), 12)));
        asAdmin().get(groups + "/spc").then().statusCode(200).body("points.size()", equalTo(13));
        asAdmin()
                .get(reads.get("disparities"))
                .then()
                .statusCode(200)
                .body("from", equalTo("2024-02"))
                .body("to", equalTo("2025-01"));
    }
}
