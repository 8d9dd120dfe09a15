package org.imroc.tracker.measure;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/** Figures split by breakdowns: recorded with their parts (JSON and CSV), checked to add up, analysed by group. */
@QuarkusTest
class ObservationPartsTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    /** A restraint rate per 1,000 occupied bed days, broken down as asked. */
    static String rateMeasure(String trustId, List<String> breakdowns) {
        Map<String, Object> body = Measures.body("DECREASE");
        body.put("name", "Restraint per 1,000 occupied bed days");
        body.put("unit", "per 1,000 bed days");
        body.put("ratio", Map.of("multiplier", 1000, "numeratorLabel", "restraints", "denominatorLabel", "bed days"));
        body.put("breakdowns", breakdowns);
        return Measures.create(trustId, body);
    }

    static Map<String, Object> part(String code, Object numerator, Object denominator) {
        return Map.of("code", code, "numerator", numerator, "denominator", denominator);
    }

    /** The example: 14 restraints over 3,020 bed days, Black patients 6 over 410, White 8 over 2,610. */
    static Map<String, Object> march(Object whiteNumerator) {
        return Map.of(
                "period",
                "2025-03",
                "numerator",
                14,
                "denominator",
                3020,
                "parts",
                Map.of(
                        "ETHNIC_GROUP",
                        List.of(
                                part("BLACK", 6, 410),
                                part("WHITE", whiteNumerator, 2390),
                                part("ASIAN", 0, 200),
                                part("NOT_STATED_OR_KNOWN", 0, 20))));
    }

    private static ValidatableResponse post(String measure, Object... items) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", List.of(items)))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .log()
                .ifValidationFails();
    }

    @Test
    void partsAreRecordedWithTheirFigureAndARetryChangesNothing() {
        String measure = rateMeasure(TestData.createTrust(TestData.uniqueName("Parts")), List.of("ETHNIC_GROUP"));
        asAdmin().get("/api/v1/measures/" + measure).then().body("breakdowns", contains("ETHNIC_GROUP"));

        post(measure, march(8))
                .statusCode(201)
                .body("items[0].parts.ETHNIC_GROUP.code", contains("WHITE", "ASIAN", "BLACK", "NOT_STATED_OR_KNOWN"))
                .body("items[0].parts.ETHNIC_GROUP[2].numerator", equalTo(6))
                .body("items[0].parts.ETHNIC_GROUP[2].denominator", equalTo(410))
                .body("items[0].parts.ETHNIC_GROUP[2].label", equalTo("Black"));
        post(measure, march(8)).statusCode(200).body("unchanged", equalTo(1));
        asAdmin()
                .get("/api/v1/measures/" + measure + "/observations/2025-03")
                .then()
                .statusCode(200)
                .body("parts.ETHNIC_GROUP", hasSize(4));
    }

    @Test
    void partsThatDoNotAddUpAre422NamingThePeriodTheBreakdownAndTheDifference() {
        String measure = rateMeasure(TestData.createTrust(TestData.uniqueName("Parts 422")), List.of("ETHNIC_GROUP"));
        post(measure, Map.of("period", "2025-02", "numerator", 1, "denominator", 10), march(7))
                .statusCode(422)
                .body("type", containsString("validation"))
                .body("errors.field", contains("observations[1].parts.ETHNIC_GROUP"))
                .body(
                        "errors[0].message",
                        equalTo("period 2025-03: ETHNIC_GROUP numerators add up to 13, 1 less than the total 14"));
        // nothing was recorded, not even the good period
        asAdmin().get("/api/v1/measures/" + measure + "/observations").then().body("items", hasSize(0));
    }

    @Test
    void aBreakdownOrCodeTheMeasureDoesNotHaveIsRefused() {
        String measure = rateMeasure(TestData.createTrust(TestData.uniqueName("Parts codes")), List.of("SEX"));
        Map<String, Object> wrong = Map.of(
                "period",
                "2025-03",
                "numerator",
                2,
                "denominator",
                20,
                "parts",
                Map.of(
                        "ETHNIC_GROUP",
                        List.of(part("WHITE", 2, 20)),
                        "SEX",
                        List.of(part("1", 1, 10), part("3", 1, 10)),
                        "COLOUR",
                        List.of(part("RED", 2, 20))));
        post(measure, wrong)
                .statusCode(422)
                .body("errors.field", hasItem("observations[0].parts.ETHNIC_GROUP"))
                .body("errors.field", hasItem("observations[0].parts.COLOUR"))
                .body("errors.message", hasItem("period 2025-03: SEX has no code 3"));
    }

    @Test
    void ethnicGroupsAreDerivedFromCategoriesAndMustAgreeWhenBothAreGiven() {
        String measure =
                rateMeasure(TestData.createTrust(TestData.uniqueName("Categories")), List.of("ETHNIC_CATEGORY"));
        Map<String, Object> categories = Map.of(
                "period",
                "2025-01",
                "numerator",
                10,
                "denominator",
                1000,
                "parts",
                Map.of(
                        "ETHNIC_CATEGORY",
                        List.of(part("A", 3, 600), part("C", 1, 100), part("M", 4, 150), part("N", 2, 150))));
        post(measure, categories).statusCode(201);
        // BLACK = M + N = 6 over 300 bed days: 20 per 1,000; WHITE = A + C = 4 over 700
        asAdmin()
                .get("/api/v1/measures/" + measure + "/spc?breakdown=ETHNIC_GROUP&code=BLACK")
                .then()
                .statusCode(200)
                .body("breakdown", equalTo("ETHNIC_GROUP"))
                .body("code", equalTo("BLACK"))
                .body("points[0].value", equalTo(20));
        asAdmin()
                .get("/api/v1/measures/" + measure + "/spc?breakdown=ETHNIC_CATEGORY&code=A")
                .then()
                .statusCode(200)
                .body("points[0].value", equalTo(5));
    }

    @Test
    void oneGroupsSeriesIsAnalysedWithTheUsualRules() {
        String measure = rateMeasure(TestData.createTrust(TestData.uniqueName("Group SPC")), List.of("ETHNIC_GROUP"));
        Object[] months = new Object[12];
        for (int m = 1; m <= 12; m++) {
            int black = m % 3 + 2;
            months[m - 1] = Map.of(
                    "period",
                    String.format("2024-%02d", m),
                    "numerator",
                    black + 5,
                    "denominator",
                    1500,
                    "parts",
                    Map.of("ETHNIC_GROUP", List.of(part("BLACK", black, 500), part("WHITE", 5, 1000))));
        }
        post(measure, months).statusCode(201);
        ValidatableResponse spc = asAdmin()
                .get("/api/v1/measures/" + measure + "/spc?breakdown=ETHNIC_GROUP&code=BLACK")
                .then()
                .statusCode(200)
                .body("points", hasSize(12))
                .body("name", equalTo("Restraint per 1,000 occupied bed days · Black"));
        // each point is the group's own rate: (m % 3 + 2) / 500 × 1,000
        List<Number> values = spc.extract().path("points.value");
        for (int m = 1; m <= 12; m++) {
            assertEquals((m % 3 + 2) * 2.0, values.get(m - 1).doubleValue(), 1e-6);
        }
        asAdmin()
                .get("/api/v1/measures/" + measure + "/run-chart?breakdown=ETHNIC_GROUP&code=WHITE")
                .then()
                .statusCode(200)
                .body("points.value", hasItem(5));
        asAdmin()
                .accept("image/svg+xml")
                .get("/api/v1/measures/" + measure + "/spc?breakdown=ETHNIC_GROUP&code=BLACK")
                .then()
                .statusCode(200)
                .body(containsString("· Black"));
        // bad parameters name themselves
        asAdmin()
                .get("/api/v1/measures/" + measure + "/spc?breakdown=ETHNIC_GROUP&code=black")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"));
        asAdmin()
                .get("/api/v1/measures/" + measure + "/spc?breakdown=SEX&code=1")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("breakdown"));
        asAdmin()
                .get("/api/v1/measures/" + measure + "/spc?code=BLACK")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("breakdown"));
    }

    @Test
    void aCorrectionKeepsPartsAndTotalTogether() {
        String measure = rateMeasure(TestData.createTrust(TestData.uniqueName("Parts patch")), List.of("ETHNIC_GROUP"));
        post(measure, march(8)).statusCode(201);
        String path = "/api/v1/measures/" + measure + "/observations/2025-03";
        String etag = asAdmin().get(path).then().extract().header("ETag");
        // a new total without new parts no longer adds up
        asAdmin()
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body(Map.of("numerator", 15))
                .patch(path)
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("1 less than the total 15"));
        Map<String, Object> patch = new HashMap<>();
        patch.put("numerator", 15);
        patch.put(
                "parts",
                Map.of(
                        "ETHNIC_GROUP",
                        List.of( // all six groups: more parts than breakdowns
                                part("BLACK", 7, 410),
                                part("WHITE", 8, 2390),
                                part("ASIAN", 0, 150),
                                part("MIXED", 0, 30),
                                part("OTHER", 0, 20),
                                part("NOT_STATED_OR_KNOWN", 0, 20))));
        etag = asAdmin()
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body(patch)
                .patch(path)
                .then()
                .statusCode(200)
                .body("parts.ETHNIC_GROUP.find { it.code == 'BLACK' }.numerator", equalTo(7))
                .body("parts.ETHNIC_GROUP", hasSize(6))
                .extract()
                .header("ETag");
        // read again in a request of its own: the new parts were written, not only answered (Parts is declared
        // immutable to Hibernate, so it is a replaced value, never a changed one, that must reach the database)
        asAdmin()
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("numerator", equalTo(15))
                .body("parts.ETHNIC_GROUP.find { it.code == 'BLACK' }.numerator", equalTo(7))
                .body("parts.ETHNIC_GROUP", hasSize(6));
        // null takes a breakdown's parts away
        Map<String, Object> remove = new HashMap<>();
        remove.put("ETHNIC_GROUP", null);
        asAdmin()
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body(Map.of("parts", remove))
                .patch(path)
                .then()
                .statusCode(200)
                .body("parts.ETHNIC_GROUP", nullValue());
        asAdmin().get(path).then().statusCode(200).body("parts.ETHNIC_GROUP", nullValue());
    }

    @Test
    void csvTakesAndGivesPartsInLongFormat() {
        String measure = rateMeasure(TestData.createTrust(TestData.uniqueName("Parts CSV")), List.of("ETHNIC_GROUP"));
        String csv = "period,breakdown,code,numerator,denominator\n"
                + "2025-03,,,14,3020\n"
                + "2025-03,ETHNIC_GROUP,BLACK,6,410\n"
                + "2025-03,ETHNIC_GROUP,WHITE,8,2610\n"
                + "2025-04,,,9,3000\n"
                + "2025-04,ethnic_group,BLACK,2,400\n"
                + "2025-04,ETHNIC_GROUP,WHITE,6,2600\n"
                + "2025-05,ETHNIC_GROUP,WHITE,6,2600\n";
        // the April parts are one short and May has no total: both named, nothing recorded
        asAdmin()
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(422)
                .body("errors.field", contains("row 5.parts.ETHNIC_GROUP", "row 8.period"))
                .body("errors[0].message", containsString("period 2025-04: ETHNIC_GROUP numerators add up to 8"));
        String good = "period,breakdown,code,numerator,denominator\n"
                + "2025-03,,,14,3020\n"
                + "2025-03,ETHNIC_GROUP,BLACK,6,410\n"
                + "2025-03,ETHNIC_GROUP,WHITE,8,2610\n";
        asAdmin()
                .contentType("text/csv")
                .body(good)
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(201)
                .body("items[0].parts.ETHNIC_GROUP", hasSize(2));
        String exported = asAdmin()
                .accept("text/csv")
                .get("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = exported.lines().toList();
        assertEquals(
                "period,breakdown,code,numerator,denominator,value,annotation,rebase,excluded,exclusion_reason",
                lines.get(0));
        assertEquals(true, lines.get(1).startsWith("2025-03,,,14,3020,4.6357"), lines.get(1));
        assertEquals("2025-03,ETHNIC_GROUP,WHITE,8,2610,,,,,", lines.get(2));
        assertEquals("2025-03,ETHNIC_GROUP,BLACK,6,410,,,,,", lines.get(3));
        assertEquals(4, lines.size());
        // the export goes back in unchanged
        asAdmin()
                .contentType("text/csv")
                .body(exported)
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(1));
    }

    @Test
    void aPlainMeasuresPartsAreValuesThatAddUp() {
        Map<String, Object> body = Measures.body("DECREASE");
        body.put("breakdowns", List.of("SEX"));
        String measure = Measures.create(TestData.createTrust(TestData.uniqueName("Plain parts")), body);
        post(
                        measure,
                        Map.of(
                                "period",
                                "2025-01",
                                "value",
                                5,
                                "parts",
                                Map.of(
                                        "SEX",
                                        List.of(Map.of("code", "1", "value", 3), Map.of("code", "2", "value", 2)))))
                .statusCode(201)
                .body("items[0].parts.SEX.value", contains(3, 2));
        post(
                        measure,
                        Map.of(
                                "period",
                                "2025-02",
                                "value",
                                5,
                                "parts",
                                Map.of("SEX", List.of(Map.of("code", "1", "numerator", 3, "denominator", 2)))))
                .statusCode(422)
                .body("errors.field", hasItem("observations[0].parts.SEX[0].numerator"));
    }

    @Test
    void eachMalformedPartIsNamed() {
        String measure = rateMeasure(
                TestData.createTrust(TestData.uniqueName("Parts malformed")),
                List.of("ETHNIC_CATEGORY", "ETHNIC_GROUP"));
        Map<String, Object> parts = new HashMap<>();
        parts.put(
                "ETHNIC_CATEGORY",
                List.of(
                        Map.of("code", "A", "value", 1),
                        Map.of("code", "M", "numerator", 1),
                        Map.of("code", "N", "denominator", 5)));
        parts.put("ETHNIC_GROUP", List.of(part("WHITE", 1, 5)));
        post(measure, Map.of("period", "2025-01", "numerator", 2, "denominator", 10, "parts", parts))
                .statusCode(422)
                .body("errors.field", hasItem("observations[0].parts.ETHNIC_CATEGORY[0].value"))
                .body("errors.field", hasItem("observations[0].parts.ETHNIC_CATEGORY[1].denominator"))
                .body("errors.field", hasItem("observations[0].parts.ETHNIC_CATEGORY[2].numerator"));
        // both given: the groups must be the sums of their categories
        Map<String, Object> disagreeing = Map.of(
                "ETHNIC_CATEGORY",
                List.of(part("A", 1, 6), part("M", 1, 4)),
                "ETHNIC_GROUP",
                List.of(part("WHITE", 2, 6), part("BLACK", 0, 4)));
        post(measure, Map.of("period", "2025-01", "numerator", 2, "denominator", 10, "parts", disagreeing))
                .statusCode(422)
                .body("errors[0].field", equalTo("observations[0].parts.ETHNIC_GROUP"))
                .body(
                        "errors[0].message",
                        containsString("differ from the sums of their ethnic categories (WHITE 1/6, BLACK 1/4)"));
        Map<String, Object> agreeing = Map.of(
                "ETHNIC_CATEGORY",
                List.of(part("A", 1, 6), part("M", 1, 4)),
                "ETHNIC_GROUP",
                List.of(part("WHITE", 1, 6), part("BLACK", 1, 4), part("ASIAN", 0, 0)));
        post(measure, Map.of("period", "2025-01", "numerator", 2, "denominator", 10, "parts", agreeing))
                .statusCode(201);
        // more breakdowns than there are
        Map<String, Object> tooMany = new HashMap<>();
        for (String name : List.of("ETHNIC_CATEGORY", "ETHNIC_GROUP", "SEX", "AGE_BAND", "COLOUR")) {
            tooMany.put(name, List.of(part("X", 2, 10)));
        }
        post(measure, Map.of("period", "2025-02", "numerator", 2, "denominator", 10, "parts", tooMany))
                .statusCode(422)
                .body("errors[0].field", equalTo("observations[0].parts"))
                .body("errors[0].message", equalTo("names at most 4 breakdowns"));
    }
}
