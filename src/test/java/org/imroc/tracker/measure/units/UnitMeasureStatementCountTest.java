package org.imroc.tracker.measure.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * A measure recorded by unit costs the same statements with 3 units as with 60: the Trust's SPC, one unit's SPC,
 * the small multiples (JSON and SVG), the summary table and the Trust roll-up read every unit's figures in one
 * statement and the Trust's units in one more.
 */
@QuarkusTest
class UnitMeasureStatementCountTest {

    /** A Trust with {@code wards} wards, each reporting 12 months of a ward-level restraint rate. */
    private static Map<String, String> trustWith(int wards) {
        String trust = TestData.createTrust(TestData.uniqueName("Count " + wards));
        StringBuilder csv = new StringBuilder("name,kind,parent,odsSiteCode,beds\nSite,SITE,,,\n");
        for (int i = 1; i <= wards; i++) {
            csv.append("Ward ").append(i).append(",WARD,Site,,20\n");
        }
        List<String> ids = asAdmin()
                .contentType("text/csv")
                .body(csv.toString())
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(201)
                .extract()
                .path("items.id");
        String measure = asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("templateCode", "restraint-rate", "recordedBy", "UNIT"))
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Map<String, Object>> items = new ArrayList<>();
        for (String ward : ids.subList(1, ids.size())) {
            for (int month = 1; month <= 12; month++) {
                items.add(Map.of(
                        "period",
                        String.format("2025-%02d", month),
                        "unitId",
                        ward,
                        "numerator",
                        (month * 7 + ward.hashCode() % 5 + 5) % 9,
                        "denominator",
                        600));
            }
        }
        for (int from = 0; from < items.size(); from += 500) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(Map.of("observations", items.subList(from, Math.min(items.size(), from + 500))))
                    .post("/api/v1/measures/" + measure + "/observations")
                    .then()
                    .statusCode(201);
        }
        Map<String, String> made = new LinkedHashMap<>();
        made.put("trust", trust);
        made.put("measure", measure);
        made.put("ward", ids.get(1));
        return made;
    }

    private static Map<String, Long> counts(Map<String, String> t) {
        String m = "/api/v1/measures/" + t.get("measure");
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(
                "spc",
                SqlStatements.during(() -> asAdmin().get(m + "/spc").then().statusCode(200)));
        counts.put(
                "unit spc",
                SqlStatements.during(() ->
                        asAdmin().get(m + "/spc?unitId=" + t.get("ward")).then().statusCode(200)));
        counts.put(
                "units",
                SqlStatements.during(() -> asAdmin().get(m + "/units").then().statusCode(200)));
        counts.put(
                "units svg",
                SqlStatements.during(() -> asAdmin()
                        .accept("image/svg+xml")
                        .get(m + "/units")
                        .then()
                        .statusCode(200)));
        counts.put(
                "summary",
                SqlStatements.during(() -> asAdmin()
                        .get("/api/v1/trusts/" + t.get("trust") + "/measures/summary")
                        .then()
                        .statusCode(200)));
        counts.put(
                "roll-up",
                SqlStatements.during(() -> asAdmin()
                        .get("/api/v1/trusts/" + t.get("trust") + "/progress")
                        .then()
                        .statusCode(200)));
        return counts;
    }

    @Test
    void threeUnitsAndSixtyUnitsCostTheSameStatements() {
        counts(trustWith(1)); // the first roll-up of a run also fills what every roll-up shares (the challenges)
        Map<String, Long> three = counts(trustWith(3));
        Map<String, Long> sixty = counts(trustWith(60));
        System.out.printf("statement-count: units measure, 3 units = %s; 60 units = %s%n", three, sixty);
        assertThat(sixty).isEqualTo(three);
        assertThat(three.get("spc")).isLessThanOrEqualTo(SqlStatements.READ_CEILING + 1);
        assertThat(three.get("units")).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
    }
}
