package org.imroc.tracker.measure.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.TestData;
import org.imroc.tracker.support.Units;
import org.junit.jupiter.api.Test;

/**
 * Measures recorded by unit: one figure per (period, unit), the Trust's series derived (Σ numerators ÷ Σ
 * denominators × multiplier for a rate, a sum for a count), incomplete periods named, drawn hollow and left out of
 * the limits, and each unit's own series.
 */
@QuarkusTest
class UnitMeasureTest {

    /** A Trust with a site and three wards on it, and a ward-level restraint measure. */
    record Wards(String trust, String site, String a, String b, String c, String measure) {}

    static Wards wards() {
        String trust = TestData.createTrust(TestData.uniqueName("Wards"));
        String site = Units.create(trust, "Main site", "SITE", null);
        String a = Units.create(trust, "Aspen", "WARD", site);
        String b = Units.create(trust, "Birch", "WARD", site);
        String c = Units.create(trust, "Cedar", "WARD", site);
        String measure = measure(trust, Map.of("templateCode", "restraint-rate", "recordedBy", "UNIT"));
        return new Wards(trust, site, a, b, c, measure);
    }

    static String measure(String trust, Map<String, Object> body) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> figure(String period, String unit, int numerator, int denominator) {
        Map<String, Object> item = new HashMap<>();
        item.put("period", period);
        item.put("unitId", unit);
        item.put("numerator", numerator);
        item.put("denominator", denominator);
        return item;
    }

    static Response post(String measure, List<Map<String, Object>> items) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", items))
                .post("/api/v1/measures/" + measure + "/observations");
    }

    static JsonPath spc(String measure, String query) {
        return asAdmin()
                .get("/api/v1/measures/" + measure + "/spc" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Σ numerators ÷ Σ denominators × 1,000, as the tracker keeps it (6 decimal places). */
    static BigDecimal rate(int numerators, int denominators) {
        return new BigDecimal(numerators * 1000)
                .divide(new BigDecimal(denominators), MathContext.DECIMAL64)
                .setScale(6, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void theTrustsRateIsTheRatioOfTheWardsSumsNotTheMeanOfTheirRates() {
        Wards w = wards();
        post(
                        w.measure(),
                        List.of(
                                figure("2025-01", w.a(), 4, 812),
                                figure("2025-01", w.b(), 2, 600),
                                figure("2025-01", w.c(), 9, 950),
                                figure("2025-02", w.a(), 3, 790),
                                figure("2025-02", w.b(), 1, 610),
                                figure("2025-02", w.c(), 7, 930)))
                .then()
                .statusCode(201)
                .body("recorded", is(6));

        JsonPath trust = spc(w.measure(), "");
        assertThat(trust.getList("points.period")).containsExactly("2025-01", "2025-02");
        assertThat(new BigDecimal(trust.getString("points[0].value"))).isEqualByComparingTo(rate(15, 2362));
        assertThat(new BigDecimal(trust.getString("points[1].value"))).isEqualByComparingTo(rate(11, 2330));
        // not the mean of the wards' rates (4.926, 3.333, 9.474 → 5.911)
        assertThat(new BigDecimal(trust.getString("points[0].value")))
                .isNotEqualByComparingTo(rate(4, 812)
                        .add(rate(2, 600))
                        .add(rate(9, 950))
                        .divide(new BigDecimal(3), MathContext.DECIMAL64));
        assertThat(trust.getBoolean("points[0].incomplete")).isFalse();
        assertThat(trust.getList("incompletePeriods")).isEmpty();
        assertThat(trust.getString("unitId")).isNull();

        JsonPath aspen = spc(w.measure(), "?unitId=" + w.a());
        assertThat(aspen.getString("unitId")).isEqualTo(w.a());
        assertThat(new BigDecimal(aspen.getString("points[0].value"))).isEqualByComparingTo(rate(4, 812));
        assertThat(new BigDecimal(aspen.getString("points[1].value"))).isEqualByComparingTo(rate(3, 790));

        asAdmin()
                .get("/api/v1/measures/" + w.measure())
                .then()
                .statusCode(200)
                .body("recordedBy", is("UNIT"))
                .body("aggregation", is("RATIO_OF_SUMS"))
                .body("summary.points", is(2))
                .body("summary.latestPeriod", is("2025-02"));
        asAdmin()
                .get("/api/v1/measures/" + w.measure() + "/run-chart?unitId=" + w.b())
                .then()
                .statusCode(200)
                .body("n", is(2))
                .body("unitId", is(w.b()));
    }

    @Test
    void aPeriodSomeWardsHaveNotReportedIsIncompleteDrawnHollowAndLeftOutOfTheLimits() {
        Wards w = wards();
        List<Map<String, Object>> items = new ArrayList<>();
        int[] restraints = {5, 7, 6, 8, 5, 6, 7, 6};
        for (int month = 1; month <= restraints.length; month++) {
            String period = String.format("2024-%02d", month);
            items.add(figure(period, w.a(), restraints[month - 1], 800));
            items.add(figure(period, w.b(), restraints[month - 1] - 1, 700));
            items.add(figure(period, w.c(), restraints[month - 1] + 1, 900));
        }
        items.add(figure("2024-09", w.a(), 30, 800)); // Birch and Cedar have not reported September yet
        post(w.measure(), items).then().statusCode(201);

        JsonPath chart = spc(w.measure(), "");
        assertThat(chart.getInt("n")).isEqualTo(9);
        assertThat(chart.getBoolean("points[8].incomplete")).isTrue();
        assertThat(chart.getBoolean("points[8].leftOut")).isTrue();
        assertThat(chart.getBoolean("points[7].leftOut")).isFalse();
        assertThat(chart.getString("incompletePeriods[0].period")).isEqualTo("2024-09");
        assertThat(chart.getList("incompletePeriods[0].missingUnits.name")).containsExactly("Birch", "Cedar");
        assertThat(chart.getList("incompletePeriods[0].missingUnits.unitId")).containsExactly(w.b(), w.c());
        double meanWithoutSeptember = chart.getDouble("mean");
        double completeMean = 0;
        for (int i = 0; i < 8; i++) {
            completeMean += chart.getDouble("points[" + i + "].value");
        }
        assertThat(meanWithoutSeptember).isCloseTo(completeMean / 8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(chart.getBoolean("points[8].inBaseline")).isFalse();

        String svg = asAdmin()
                .accept("image/svg+xml")
                .get("/api/v1/measures/" + w.measure() + "/spc")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(svg).contains("2024-09").contains("incomplete: some units did not report");
        assertThat(svg).contains("Hollow points (1)");

        String etag = asAdmin()
                .get("/api/v1/measures/" + w.measure())
                .then()
                .extract()
                .header("ETag");
        asAdmin()
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("spc", Map.of("includeIncomplete", true)))
                .patch("/api/v1/measures/" + w.measure())
                .then()
                .statusCode(200)
                .body("spc.includeIncomplete", is(true));
        JsonPath included = spc(w.measure(), "");
        assertThat(included.getBoolean("points[8].incomplete")).isTrue();
        assertThat(included.getBoolean("points[8].leftOut")).isFalse();
        assertThat(included.getDouble("mean")).isGreaterThan(meanWithoutSeptember);

        // once the others report, the period is complete
        post(w.measure(), List.of(figure("2024-09", w.b(), 5, 700), figure("2024-09", w.c(), 7, 900)))
                .then()
                .statusCode(201);
        JsonPath complete = spc(w.measure(), "");
        assertThat(complete.getBoolean("points[8].incomplete")).isFalse();
        assertThat(complete.getList("incompletePeriods")).isEmpty();
    }

    @Test
    void aClosedWardIsNotExpectedAfterItClosed() {
        Wards w = wards();
        post(
                        w.measure(),
                        List.of(
                                figure("2024-01", w.a(), 1, 100),
                                figure("2024-01", w.b(), 1, 100),
                                figure("2024-01", w.c(), 1, 100),
                                figure("2024-02", w.a(), 1, 100),
                                figure("2024-02", w.b(), 1, 100)))
                .then()
                .statusCode(201);
        assertThat(spc(w.measure(), "").getList("incompletePeriods.period")).containsExactly("2024-02");
        String etag = asAdmin().get("/api/v1/units/" + w.c()).then().extract().header("ETag");
        asAdmin()
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("openedOn", "2020-01-01", "closedOn", "2024-01-31"))
                .patch("/api/v1/units/" + w.c())
                .then()
                .statusCode(200);
        assertThat(spc(w.measure(), "").getList("incompletePeriods")).isEmpty();
        post(w.measure(), List.of(figure("2024-03", w.c(), 1, 100)))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("observations[0].unitId"))
                .body("errors.message", hasItem(containsString("closed on 2024-01-31")));
    }

    @Test
    void eachPeriodAndUnitIsRecordedOnceRetriedSafelyAndCorrectedExplicitly() {
        Wards w = wards();
        post(w.measure(), List.of(figure("2025-03", w.a(), 4, 812), figure("2025-03", w.b(), 2, 600)))
                .then()
                .statusCode(201);
        post(w.measure(), List.of(figure("2025-03", w.a(), 4, 812)))
                .then()
                .statusCode(200)
                .body("recorded", is(0));
        post(w.measure(), List.of(figure("2025-03", w.a(), 5, 812)))
                .then()
                .statusCode(409)
                .body("errors[0].message", containsString("?unitId=" + w.a()));

        String base = "/api/v1/measures/" + w.measure() + "/observations/2025-03";
        asAdmin().get(base).then().statusCode(422).body("errors[0].field", is("unitId"));
        String etag = asAdmin()
                .get(base + "?unitId=" + w.a())
                .then()
                .statusCode(200)
                .body("unitId", is(w.a()))
                .extract()
                .header("ETag");
        asAdmin()
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("numerator", 5))
                .patch(base + "?unitId=" + w.a())
                .then()
                .statusCode(200)
                .body("numerator", is(5));
        JsonPath chart = spc(w.measure(), "");
        assertThat(new BigDecimal(chart.getString("points[0].value"))).isEqualByComparingTo(rate(7, 1412));

        String birch = asAdmin().get(base + "?unitId=" + w.b()).then().extract().header("ETag");
        asAdmin()
                .header("If-Match", birch)
                .delete(base + "?unitId=" + w.b())
                .then()
                .statusCode(204);
        asAdmin().get(base + "?unitId=" + w.b()).then().statusCode(404);
        asAdmin()
                .get("/api/v1/measures/" + w.measure() + "/observations?unitId=" + w.a())
                .then()
                .statusCode(200)
                .body("items.size()", is(1))
                .body("items[0].unitId", is(w.a()));
    }

    @Test
    void badUnitsAreRefusedNamingTheField() {
        Wards w = wards();
        String other = TestData.createTrust(TestData.uniqueName("Other"));
        String elsewhere = Units.ward(other);
        Map<String, Object> noUnit = figure("2025-01", null, 1, 10);
        noUnit.remove("unitId");
        post(w.measure(), List.of(noUnit, figure("2025-01", elsewhere, 1, 10)))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("observations[0].unitId"))
                .body("errors.field", hasItem("observations[1].unitId"))
                .body("errors.message", hasItem("no such unit in this Trust"));

        String trustMeasure = measure(w.trust(), Map.of("templateCode", "restraint-rate"));
        post(trustMeasure, List.of(figure("2025-01", w.a(), 1, 10)))
                .then()
                .statusCode(422)
                .body("errors[0].field", is("observations[0].unitId"));
        asAdmin()
                .get("/api/v1/measures/" + trustMeasure + "/spc?unitId=" + w.a())
                .then()
                .statusCode(422);

        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("templateCode", "restraint-rate", "recordedBy", "UNIT", "aggregation", "SUM"))
                .post("/api/v1/trusts/" + w.trust() + "/measures")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("aggregation"));

        post(w.measure(), List.of(figure("2025-01", w.a(), 1, 10))).then().statusCode(201);
        String etag = asAdmin()
                .get("/api/v1/measures/" + w.measure())
                .then()
                .extract()
                .header("ETag");
        asAdmin()
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("recordedBy", "TRUST"))
                .patch("/api/v1/measures/" + w.measure())
                .then()
                .statusCode(409);
        String unitEtag =
                asAdmin().get("/api/v1/units/" + w.a()).then().extract().header("ETag");
        asAdmin()
                .header("If-Match", unitEtag)
                .delete("/api/v1/units/" + w.a())
                .then()
                .statusCode(409)
                .body("detail", containsString("1 measure figure"));
    }

    @Test
    void countsAddUpAndANonAdditiveMeasureHasNoTrustSeries() {
        Wards w = wards();
        Map<String, Object> beds = new HashMap<>(Map.of("templateCode", "occupied-bed-days", "recordedBy", "UNIT"));
        String bedDays = measure(w.trust(), beds);
        asAdmin()
                .get("/api/v1/measures/" + bedDays)
                .then()
                .body("aggregation", is("SUM"))
                .body("recordedBy", is("UNIT"));
        post(
                        bedDays,
                        List.of(
                                Map.of("period", "2025-01", "unitId", w.a(), "value", 812),
                                Map.of("period", "2025-01", "unitId", w.b(), "value", 600)))
                .then()
                .statusCode(201);
        JsonPath sum = spc(bedDays, "");
        assertThat(new BigDecimal(sum.getString("points[0].value"))).isEqualByComparingTo("1412");

        Map<String, Object> score = new HashMap<>(Map.of(
                "templateCode", "occupied-bed-days", "recordedBy", "UNIT", "aggregation", "NONE", "name", "Score"));
        String none = measure(w.trust(), score);
        post(none, List.of(Map.of("period", "2025-01", "unitId", w.a(), "value", 3)))
                .then()
                .statusCode(201);
        assertThat(spc(none, "").getInt("n")).isZero();
        assertThat(spc(none, "?unitId=" + w.a()).getInt("n")).isEqualTo(1);
    }

    @Test
    void aSpreadsheetNamesUnitsByNameOrId() {
        Wards w = wards();
        String csv = "period,unit,numerator,denominator\n"
                + "2025-01,aspen,4,812\n"
                + "2025-01,Birch,2,600\n"
                + "2025-01," + w.c() + ",9,950\n";
        asAdmin()
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/measures/" + w.measure() + "/observations")
                .then()
                .statusCode(201)
                .body("recorded", is(3));
        asAdmin()
                .contentType("text/csv")
                .body("period,unit,numerator,denominator\n2025-02,Nowhere,1,2\n2025-02,,1,2\n")
                .post("/api/v1/measures/" + w.measure() + "/observations")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("row 2.unit"))
                .body("errors.field", hasItem("row 3.unit"));
        String export = asAdmin()
                .accept("text/csv")
                .get("/api/v1/measures/" + w.measure() + "/observations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(export.lines().findFirst().orElseThrow()).startsWith("period,unit,numerator,denominator");
        assertThat(export).contains("2025-01,Aspen,4,812").contains("2025-01,Cedar,9,950");
    }

    @Test
    void theUnitsOfAMeasureComeInUnitOrderAsJsonCsvAndSmallMultiples() {
        Wards w = wards();
        post(
                        w.measure(),
                        List.of(
                                figure("2025-01", w.c(), 9, 950),
                                figure("2025-01", w.a(), 4, 812),
                                figure("2025-02", w.a(), 3, 790),
                                figure("2025-01", w.b(), 2, 600)))
                .then()
                .statusCode(201);
        JsonPath units = asAdmin()
                .get("/api/v1/measures/" + w.measure() + "/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(units.getList("items.name")).containsExactly("Aspen", "Birch", "Cedar");
        assertThat(units.getList("items.points", Integer.class)).containsExactly(2, 1, 1);
        assertThat(units.getString("items[0].latestPeriod")).isEqualTo("2025-02");
        assertThat(new BigDecimal(units.getString("items[2].latestValue"))).isEqualByComparingTo(rate(9, 950));

        String csv = asAdmin()
                .accept("text/csv")
                .get("/api/v1/measures/" + w.measure() + "/units")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv.lines().skip(1).map(line -> line.split(",")[1]).toList())
                .containsExactly("Aspen", "Birch", "Cedar");
        String svg = asAdmin()
                .accept("image/svg+xml")
                .get("/api/v1/measures/" + w.measure() + "/units")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(svg).contains("<svg").contains("Aspen").contains("Cedar").contains("by unit");

        // the lines and the drawing are kept per state of the Trust: a new figure is a new state, read at once
        post(w.measure(), List.of(figure("2025-03", w.a(), 5, 800), figure("2025-02", w.b(), 1, 610)))
                .then()
                .statusCode(201);
        assertThat(asAdmin()
                        .get("/api/v1/measures/" + w.measure() + "/units")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.points", Integer.class))
                .containsExactly(3, 2, 1);
        assertThat(asAdmin()
                        .accept("image/svg+xml")
                        .get("/api/v1/measures/" + w.measure() + "/units")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .isNotEqualTo(svg);

        JsonPath progress = asAdmin()
                .get("/api/v1/trusts/" + w.trust() + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(progress.getList("measures.items.find { it.measureId == '" + w.measure() + "' }.units.name"))
                .containsExactly("Aspen", "Birch", "Cedar");
        JsonPath summary = asAdmin()
                .get("/api/v1/trusts/" + w.trust() + "/measures/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(summary.getList("items.find { it.measureId == '" + w.measure() + "' }.units.name"))
                .containsExactly("Aspen", "Birch", "Cedar");
    }

    @Test
    void aWardManagerRecordsAndCorrectsOnlyTheirOwnWardsFigures() {
        Wards w = wards();
        org.imroc.tracker.support.Api.TestUser aspenLead =
                org.imroc.tracker.support.Api.createUnitLead(w.trust(), List.of(w.a()));
        aspenLead
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", List.of(figure("2025-01", w.a(), 4, 812))))
                .post("/api/v1/measures/" + w.measure() + "/observations")
                .then()
                .statusCode(201);
        aspenLead
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", List.of(figure("2025-01", w.b(), 2, 600))))
                .post("/api/v1/measures/" + w.measure() + "/observations")
                .then()
                .statusCode(403)
                .body("detail", containsString("Birch"));
        post(w.measure(), List.of(figure("2025-01", w.b(), 2, 600))).then().statusCode(201);
        String base = "/api/v1/measures/" + w.measure() + "/observations/2025-01?unitId=";
        String birch = asAdmin().get(base + w.b()).then().extract().header("ETag");
        aspenLead
                .request()
                .contentType("application/merge-patch+json")
                .header("If-Match", birch)
                .body(Map.of("numerator", 3))
                .patch(base + w.b())
                .then()
                .statusCode(403);
        String aspen = asAdmin().get(base + w.a()).then().extract().header("ETag");
        aspenLead
                .request()
                .contentType("application/merge-patch+json")
                .header("If-Match", aspen)
                .body(Map.of("numerator", 5))
                .patch(base + w.a())
                .then()
                .statusCode(200)
                .body("numerator", is(5));
        String trustMeasure = measure(w.trust(), Map.of("templateCode", "restraint-rate"));
        aspenLead
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", List.of(Map.of("period", "2025-01", "numerator", 1, "denominator", 9))))
                .post("/api/v1/measures/" + trustMeasure + "/observations")
                .then()
                .statusCode(403);
        aspenLead
                .request()
                .get("/api/v1/measures/" + w.measure() + "/units")
                .then()
                .statusCode(200);
    }

    @Test
    void aTrustWhoseDataWasLoadedWithoutTheApiStillHasCharts() {
        // the demo loads Northshire's ward figures straight into the database: its Trust has no change number yet
        Wards w = wards();
        post(w.measure(), List.of(figure("2025-01", w.a(), 4, 812))).then().statusCode(201);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> io.quarkus.arc.Arc.container()
                        .instance(jakarta.persistence.EntityManager.class)
                        .get()
                        .createQuery("delete from TrustVersion v where v.trustId = :t")
                        .setParameter("t", java.util.UUID.fromString(w.trust()))
                        .executeUpdate());
        assertThat(spc(w.measure(), "").getInt("n")).isEqualTo(1);
    }

    /** Each ward's parts are its own; the Trust's group series sums them like totals (Σ numerators ÷ Σ denominators). */
    @Test
    void partsArePerUnitAndTheTrustsGroupSeriesSumsThem() {
        String trust = TestData.createTrust(TestData.uniqueName("Ward parts"));
        String a = Units.create(trust, "Aspen", "WARD", null);
        String b = Units.create(trust, "Birch", "WARD", null);
        String measure = measure(
                trust,
                Map.of("templateCode", "restraint-rate", "recordedBy", "UNIT", "breakdowns", List.of("ETHNIC_GROUP")));
        Map<String, Object> aspen = figure("2025-01", a, 5, 800);
        aspen.put(
                "parts",
                Map.of(
                        "ETHNIC_GROUP",
                        List.of(
                                Map.of("code", "BLACK", "numerator", 3, "denominator", 100),
                                Map.of("code", "WHITE", "numerator", 2, "denominator", 700))));
        Map<String, Object> birch = figure("2025-01", b, 4, 600);
        birch.put(
                "parts",
                Map.of(
                        "ETHNIC_GROUP",
                        List.of(
                                Map.of("code", "BLACK", "numerator", 1, "denominator", 100),
                                Map.of("code", "WHITE", "numerator", 3, "denominator", 500))));
        post(measure, List.of(aspen, birch)).then().statusCode(201);
        // Black: (3 + 1) ÷ (100 + 100) × 1,000 = 20; White: (2 + 3) ÷ (700 + 500) × 1,000 = 4.166667
        assertThat(spc(measure, "?breakdown=ETHNIC_GROUP&code=BLACK").getObject("points[0].value", BigDecimal.class))
                .isEqualByComparingTo(rate(4, 200));
        assertThat(spc(measure, "?breakdown=ETHNIC_GROUP&code=WHITE").getObject("points[0].value", BigDecimal.class))
                .isEqualByComparingTo(rate(5, 1200));
        // one ward's own group series
        assertThat(spc(measure, "?unitId=" + a + "&breakdown=ETHNIC_GROUP&code=BLACK")
                        .getObject("points[0].value", BigDecimal.class))
                .isEqualByComparingTo(rate(3, 100));
    }
}
