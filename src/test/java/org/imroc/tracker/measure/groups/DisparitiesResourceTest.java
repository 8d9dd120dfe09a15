package org.imroc.tracker.measure.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Svg;
import org.imroc.tracker.support.TestData;
import org.imroc.tracker.support.Units;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * GET /measures/{id}/disparities over HTTP, against figures worked by hand.
 *
 * <p>The figures (restraint episodes / occupied bed days, multiplier 1,000), ETHNIC_GROUP parts:
 *
 * <pre>
 *            BLACK     WHITE     ASIAN     NOT_STATED_OR_KNOWN   total
 * 2025-01    2/150     3/800     1/100     0/50                  6/1100
 * 2025-02    3/130     2/790     0/110     1/40                  6/1070
 * 2025-03    1/130     2/800     1/90      0/60                  4/1080
 * 2025-04    (a total of 5/1000 without parts)
 * window     6/410     7/2390    2/300     1/150                 16/3250
 * </pre>
 *
 * Black over the window (sums by hand: 2+3+1 = 6 events, 150+130+130 = 410 bed days; White 3+2+2 = 7 over
 * 800+790+800 = 2,390): rate 6 ÷ 410 × 1000 = 14.634146 (to 6 places); RR = (6 × 2390) ÷ (410 × 7) = 14340 ÷ 2870 =
 * 4.996516; ln RR = 1.608741; √(1/6 + 1/7) = √0.309524 = 0.556349; × 1.96 = 1.090443; lower exp(1.608741 − 1.090443)
 * = exp(0.518298) = 1.679166; upper exp(2.699184) = 14.867597: wholly above 1. (Worked on a calculator; the same
 * example is in docs/breakdowns.md.)
 *
 * <p>Asian: RR = (2 × 2390) ÷ (300 × 7) = 4780 ÷ 2100 = 2.276190; ln = 0.822503; √(1/2 + 1/7) = 0.801784, × 1.96 =
 * 1.571496; interval exp(−0.748993) = 0.472843 to exp(2.393999) = 10.957228: includes 1.
 *
 * <p>Black in 2025-01 alone: RR = (2 × 800) ÷ (150 × 3) = 1600 ÷ 450 = 3.555556; √(1/2 + 1/3) = 0.912871, × 1.96 =
 * 1.789227; ln RR = 1.268511; interval exp(−0.520716) = 0.594095 to exp(3.057738) = 21.279376.
 */
@QuarkusTest
class DisparitiesResourceTest {

    private static Map<String, Object> part(String code, int events, int bedDays) {
        return Map.of("code", code, "numerator", events, "denominator", bedDays);
    }

    private static Map<String, Object> month(String period, List<Map<String, Object>> parts) {
        int events = parts.stream().mapToInt(p -> (Integer) p.get("numerator")).sum();
        int days = parts.stream().mapToInt(p -> (Integer) p.get("denominator")).sum();
        return Map.of(
                "period", period, "numerator", events, "denominator", days, "parts", Map.of("ETHNIC_GROUP", parts));
    }

    private static String rateMeasure(String trust, String... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("templateCode", "restraint-rate");
        body.put("breakdowns", List.of("ETHNIC_GROUP"));
        for (int i = 0; i < more.length; i += 2) {
            body.put(more[i], more[i + 1]);
        }
        return Measures.create(trust, body);
    }

    /** The table of the class comment. */
    private static String recorded(String trust) {
        String measure = rateMeasure(trust);
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(month(
                "2025-01",
                List.of(
                        part("BLACK", 2, 150),
                        part("WHITE", 3, 800),
                        part("ASIAN", 1, 100),
                        part("NOT_STATED_OR_KNOWN", 0, 50))));
        items.add(month(
                "2025-02",
                List.of(
                        part("BLACK", 3, 130),
                        part("WHITE", 2, 790),
                        part("ASIAN", 0, 110),
                        part("NOT_STATED_OR_KNOWN", 1, 40))));
        items.add(month(
                "2025-03",
                List.of(
                        part("BLACK", 1, 130),
                        part("WHITE", 2, 800),
                        part("ASIAN", 1, 90),
                        part("NOT_STATED_OR_KNOWN", 0, 60))));
        items.add(Map.of("period", "2025-04", "numerator", 5, "denominator", 1000));
        Measures.record(measure, items);
        return measure;
    }

    private static Response get(String measure, String query) {
        return asAdmin().get("/api/v1/measures/" + measure + "/disparities" + query);
    }

    private static JsonPath json(String measure, String query) {
        String body = get(measure, query).then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static Map<String, Object> group(JsonPath body, String path, String code) {
        List<Map<String, Object>> groups = body.getList(path);
        return groups.stream()
                .filter(g -> code.equals(g.get("code")))
                .findFirst()
                .orElseThrow();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @Test
    void theWindowsRatiosAreTheHandWorkedOnes() {
        String measure = recorded(TestData.createTrust(TestData.uniqueName("Disparities")));
        JsonPath body = json(measure, "?breakdown=ETHNIC_GROUP&reference=WHITE");

        assertThat(body.getString("from")).isEqualTo("2025-01"); // the last 12 periods held: all four
        assertThat(body.getString("to")).isEqualTo("2025-04");
        assertThat(body.getList("periods")).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(body.getList("periodsWithoutParts")).containsExactly("2025-04");
        assertThat(body.getString("note")).contains("left out").contains("2025-04");
        assertThat(body.getString("referenceLabel")).isEqualTo("White");
        assertThat(body.getBoolean("disclosureApplied")).isFalse();
        assertThat(number(body.get("total.events"))).isEqualTo(16);
        assertThat(number(body.get("total.denominator"))).isEqualTo(3250);
        assertThat(body.getList("groups.code"))
                .containsExactly("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "NOT_STATED_OR_KNOWN");

        Map<String, Object> black = group(body, "groups", "BLACK");
        assertThat(number(black.get("events"))).isEqualTo(6);
        assertThat(number(black.get("denominator"))).isEqualTo(410);
        assertThat(number(black.get("rate"))).isEqualTo(14.634146);
        assertThat(number(black.get("rateRatio"))).isCloseTo(4.996516, within(1e-6));
        assertThat(number(black.get("lower"))).isCloseTo(1.679166, within(1e-6));
        assertThat(number(black.get("upper"))).isCloseTo(14.867597, within(1e-6));
        assertThat(black.get("side")).isEqualTo("WHOLLY_ABOVE_ONE");
        assertThat(black.get("suppressed")).isEqualTo(false);

        Map<String, Object> asian = group(body, "groups", "ASIAN");
        assertThat(number(asian.get("rateRatio"))).isCloseTo(2.276190, within(1e-6));
        assertThat(number(asian.get("lower"))).isCloseTo(0.472843, within(1e-6));
        assertThat(number(asian.get("upper"))).isCloseTo(10.957228, within(1e-6));
        assertThat(asian.get("side")).isEqualTo("INCLUDES_ONE");

        assertThat(group(body, "groups", "WHITE").get("reason")).isEqualTo("REFERENCE");
        assertThat(group(body, "groups", "WHITE").get("rateRatio")).isNull();
        assertThat(group(body, "groups", "MIXED").get("reason")).isEqualTo("NO_DENOMINATOR");
        assertThat(body.getList("byPeriod")).isNull();

        // an answer is kept per state of the Trust: a new month is a new state, in the next answer at once
        Measures.record(
                measure,
                List.of(month(
                        "2025-05", List.of(part("BLACK", 4, 140), part("WHITE", 1, 810), part("ASIAN", 0, 100)))));
        JsonPath after = json(measure, "?breakdown=ETHNIC_GROUP&reference=WHITE");
        assertThat(after.getString("to")).isEqualTo("2025-05");
        assertThat(number(after.get("total.events"))).isEqualTo(21);
        assertThat(number(group(after, "groups", "BLACK").get("events"))).isEqualTo(10);
    }

    @Test
    void byPeriodGivesEachPeriodsRatiosAndAWindowNarrowsTheSums() {
        String measure = recorded(TestData.createTrust(TestData.uniqueName("Disparities")));
        JsonPath body = json(measure, "?breakdown=ETHNIC_GROUP&reference=WHITE&by=period");
        assertThat(body.getList("byPeriod.period")).containsExactly("2025-01", "2025-02", "2025-03");
        Map<String, Object> january = group(body, "byPeriod[0].groups", "BLACK");
        assertThat(number(january.get("rateRatio"))).isCloseTo(3.555556, within(1e-6));
        assertThat(number(january.get("lower"))).isCloseTo(0.594095, within(1e-6));
        assertThat(number(january.get("upper"))).isCloseTo(21.279376, within(1e-6));
        // February: Asian 0 events
        assertThat(group(body, "byPeriod[1].groups", "ASIAN").get("reason")).isEqualTo("NO_EVENTS");

        // 2025-02 alone: Black 3/130, White 2/790: RR = (3 × 790) ÷ (130 × 2) = 2370 ÷ 260 = 9.115385
        JsonPath february = json(measure, "?breakdown=ETHNIC_GROUP&reference=WHITE&from=2025-02&to=2025-02");
        assertThat(february.getList("periods")).containsExactly("2025-02");
        assertThat(february.getList("periodsWithoutParts")).isEmpty();
        assertThat(number(group(february, "groups", "BLACK").get("rateRatio"))).isCloseTo(9.115385, within(1e-6));

        // a window reaching past the figures names the months with none
        JsonPath wide = json(measure, "?breakdown=ETHNIC_GROUP&reference=WHITE&from=2024-12&to=2025-05");
        assertThat(wide.getList("periodsNotRecorded")).containsExactly("2024-12", "2025-05");
    }

    @Test
    void csvAndSvgShowTheSameRatios() throws Exception {
        String measure = recorded(TestData.createTrust(TestData.uniqueName("Disparities")));
        String csv = asAdmin()
                .accept("text/csv")
                .get("/api/v1/measures/" + measure + "/disparities?breakdown=ETHNIC_GROUP&reference=WHITE&by=period")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("scope,code,label,events,denominator,rate,rateRatio,lower,upper,side,reason,suppressed");
        String black = lines.stream()
                .filter(l -> l.startsWith("window,BLACK,"))
                .findFirst()
                .orElseThrow();
        assertThat(black)
                .startsWith("window,BLACK,Black,6,410,14.634146,4.99651")
                .contains("WHOLLY_ABOVE_ONE");
        assertThat(lines).anyMatch(l -> l.startsWith("window,TOTAL,All groups,16,3250,"));
        assertThat(lines).anyMatch(l -> l.startsWith("2025-01,BLACK,Black,2,150,"));

        Response svg = asAdmin()
                .accept("image/svg+xml")
                .get("/api/v1/measures/" + measure + "/disparities?breakdown=ETHNIC_GROUP&reference=WHITE");
        svg.then().statusCode(200).contentType("image/svg+xml");
        String text = svg.asString();
        Document doc = Svg.parse(text);
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).contains("by ethnic group");
        assertThat(text)
                .contains("Reference: White")
                .contains(">Black<")
                .contains(">Asian<")
                .doesNotContain("<script");
        // the line at 1 is the only one 1.5 wide spanning the plot; the three groups with a ratio have a point each
        assertThat(Svg.withAttribute(doc, "line", "stroke-width", "1.5")).isNotEmpty();
        assertThat(Svg.marks(doc)).hasSize(3);
        assertThat(text).contains("no ratio: no denominator");
        // Black's interval lies wholly above 1: Making Data Count's orange, a diamond; Asian's includes 1: grey circles
        assertThat(Svg.marks(doc).stream().filter(m -> m.getAttribute("fill").equals("#E46C0A")))
                .singleElement()
                .satisfies(
                        c -> assertThat(c.getTextContent()).startsWith("Black: rate ratio 5.00 (95 % interval 1.68"));
        assertThat(Svg.marks(doc).stream().filter(m -> m.getAttribute("fill").equals("#A6A6A6")))
                .hasSize(2)
                .allMatch(m -> m.getTagName().equals("circle"));
        assertThat(text).contains("wholly above 1", "includes 1");
        Svg.render(text, "disparities");

        asAdmin()
                .header("If-None-Match", svg.header("ETag"))
                .accept("image/svg+xml")
                .get("/api/v1/measures/" + measure + "/disparities?breakdown=ETHNIC_GROUP&reference=WHITE")
                .then()
                .statusCode(304);
        String etag = get(measure, "?breakdown=ETHNIC_GROUP&reference=WHITE").header("ETag");
        asAdmin()
                .header("If-None-Match", etag)
                .get("/api/v1/measures/" + measure + "/disparities?breakdown=ETHNIC_GROUP&reference=WHITE")
                .then()
                .statusCode(304);
    }

    @Test
    void wrongParametersAreNamed() {
        String trust = TestData.createTrust(TestData.uniqueName("Disparities"));
        String measure = recorded(trust);
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("?reference=WHITE", "breakdown");
        cases.put("?breakdown=ETHNICITY&reference=WHITE", "breakdown");
        cases.put("?breakdown=SEX&reference=1", "breakdown");
        cases.put("?breakdown=ETHNIC_GROUP", "reference");
        cases.put("?breakdown=ETHNIC_GROUP&reference=white", "reference");
        cases.put("?breakdown=ETHNIC_GROUP&reference=NOT_STATED_OR_KNOWN", "reference");
        cases.put("?breakdown=ETHNIC_GROUP&reference=WHITE&from=2025-13", "from");
        cases.put("?breakdown=ETHNIC_GROUP&reference=WHITE&to=2025-Q1", "to");
        cases.put("?breakdown=ETHNIC_GROUP&reference=WHITE&from=2025-03&to=2025-01", "from");
        cases.put("?breakdown=ETHNIC_GROUP&reference=WHITE&by=unit", "by");
        cases.forEach((query, field) -> {
            Response answer = get(measure, query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).as(query).startsWith("application/problem+json");
            assertThat(answer.jsonPath().getList("errors.field")).as(query).containsExactly(field);
        });

        Map<String, Object> plain = new HashMap<>(Measures.body("DECREASE"));
        plain.put("breakdowns", List.of("ETHNIC_GROUP"));
        String count = Measures.create(trust, plain);
        String detail = get(count, "?breakdown=ETHNIC_GROUP&reference=WHITE")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .extract()
                .jsonPath()
                .getString("errors[0].message");
        assertThat(detail).contains("disparities compare rates");

        get("00000000-0000-4000-8000-000000000000", "?breakdown=ETHNIC_GROUP&reference=WHITE")
                .then()
                .statusCode(404);
        String other = TestData.createTrust(TestData.uniqueName("Other"));
        Api.TestUser outsider = Api.createUser("TRUST_LEAD", List.of(other));
        outsider.request()
                .get("/api/v1/measures/" + measure + "/disparities?breakdown=ETHNIC_GROUP&reference=WHITE")
                .then()
                .statusCode(404);
        get(measure, "?breakdown=ETHNIC_GROUP&reference=WHITE&unitId=" + java.util.UUID.randomUUID())
                .then()
                .statusCode(422);
    }

    @Test
    void aUnitsRatiosAreItsOwnAndTheTrustsAreTheUnitsSummed() {
        String trust = TestData.createTrust(TestData.uniqueName("Disparities by unit"));
        String ward = Units.ward(trust);
        String other = Units.ward(trust);
        String measure = rateMeasure(trust, "recordedBy", "UNIT");
        // ward: Black 5/200, White 8/1000; other ward: Black 1/100, White 2/500
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Object> one =
                new HashMap<>(month("2025-01", List.of(part("BLACK", 5, 200), part("WHITE", 8, 1000))));
        one.put("unitId", ward);
        Map<String, Object> two =
                new HashMap<>(month("2025-01", List.of(part("BLACK", 1, 100), part("WHITE", 2, 500))));
        two.put("unitId", other);
        items.add(one);
        items.add(two);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", items))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(201);

        // the ward: RR = (5 × 1000) ÷ (200 × 8) = 5000 ÷ 1600 = 3.125; √(1/5 + 1/8) = 0.570088, × 1.96 = 1.117372;
        // ln 3.125 = 1.139434; interval exp(0.022062) = 1.022308 to exp(2.256806) = 9.552532
        JsonPath unit = json(measure, "?breakdown=ETHNIC_GROUP&reference=WHITE&unitId=" + ward);
        assertThat(unit.getString("unitId")).isEqualTo(ward);
        Map<String, Object> black = group(unit, "groups", "BLACK");
        assertThat(number(black.get("rateRatio"))).isEqualTo(3.125);
        assertThat(number(black.get("lower"))).isCloseTo(1.022308, within(1e-6));
        assertThat(number(black.get("upper"))).isCloseTo(9.552532, within(1e-6));

        // the Trust: Black 6/300, White 10/1500: RR = (6 × 1500) ÷ (300 × 10) = 3
        JsonPath whole = json(measure, "?breakdown=ETHNIC_GROUP&reference=WHITE");
        assertThat(number(group(whole, "groups", "BLACK").get("events"))).isEqualTo(6);
        assertThat(number(group(whole, "groups", "BLACK").get("rateRatio"))).isEqualTo(3.0);
    }
}
