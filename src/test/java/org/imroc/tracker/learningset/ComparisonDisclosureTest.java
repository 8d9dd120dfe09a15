package org.imroc.tracker.learningset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.imroc.tracker.support.Api.as;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imroc.tracker.measure.breakdown.CellSum;
import org.imroc.tracker.measure.breakdown.SubtractionReader;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.Sets;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The learning-set comparison of a measure broken down by ethnic group: each member's latest period split into its
 * parts, raw to the Trust's own people and through small-number suppression to every other member; and no route
 * leads a member to another member's raw figures.
 */
@QuarkusTest
class ComparisonDisclosureTest {

    private static final String RATE = "restraint-rate";
    private static final String PERIOD = "2025-03";
    private static final List<String> GROUPS =
            List.of("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "NOT_STATED_OR_KNOWN");

    /** The ward: 20 restraints, Black 3 (a count that could identify a person), White 12, Asian 5. */
    private static final Map<String, long[]> SMALL =
            figures(new long[] {20, 3000}, new long[][] {{12, 2000}, {0, 50}, {5, 500}, {3, 400}, {0, 30}, {0, 20}});

    private static final Map<String, long[]> LARGE_B = figures(
            new long[] {90, 5200}, new long[][] {{40, 3000}, {10, 400}, {15, 600}, {20, 1000}, {5, 100}, {0, 100}});
    private static final Map<String, long[]> LARGE_C =
            figures(new long[] {60, 4100}, new long[][] {{30, 2500}, {6, 300}, {9, 500}, {10, 600}, {5, 150}, {0, 50}});

    private String small;
    private String other;
    private String third;
    private String set;
    private Map<String, String> measureOf;
    private Api.TestUser leadOfSmall;
    private Api.TestUser leadOfOther;

    /** "" the total, else a group: numerator and denominator. */
    private static Map<String, long[]> figures(long[] total, long[][] parts) {
        Map<String, long[]> figures = new LinkedHashMap<>();
        figures.put("", total);
        for (int i = 0; i < GROUPS.size(); i++) {
            figures.put(GROUPS.get(i), parts[i]);
        }
        return figures;
    }

    @BeforeEach
    void threeTrustsRecordTheirRestraintByEthnicGroup() {
        small = TestData.createTrust(TestData.uniqueName("Smallward"));
        other = TestData.createTrust(TestData.uniqueName("Otherford"));
        third = TestData.createTrust(TestData.uniqueName("Thirdley"));
        set = Sets.create(List.of(Sets.userId(Api.adminToken())), List.of(RATE), small, other, third);
        measureOf = new LinkedHashMap<>();
        record(small, SMALL);
        record(other, LARGE_B);
        record(third, LARGE_C);
        leadOfSmall = Api.createUser("TRUST_LEAD", List.of(small));
        leadOfOther = Api.createUser("TRUST_LEAD", List.of(other));
    }

    private void record(String trust, Map<String, long[]> figures) {
        String measure = asAdmin()
                .queryParam("templateCode", RATE)
                .get("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/measures/" + measure))
                .contentType("application/merge-patch+json")
                .body(Map.of("breakdowns", List.of("ETHNIC_GROUP")))
                .patch("/api/v1/measures/" + measure)
                .then()
                .statusCode(200);
        List<Map<String, Object>> parts = new ArrayList<>();
        GROUPS.forEach(code -> parts.add(
                Map.of("code", code, "numerator", figures.get(code)[0], "denominator", figures.get(code)[1])));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "observations",
                        List.of(Map.of(
                                "period",
                                PERIOD,
                                "numerator",
                                figures.get("")[0],
                                "denominator",
                                figures.get("")[1],
                                "parts",
                                Map.of("ETHNIC_GROUP", parts)))))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(201);
        measureOf.put(trust, measure);
    }

    private JsonPath comparison(Api.TestUser viewer) {
        return as(viewer.token())
                .queryParam("templateCode", RATE)
                .queryParam("breakdown", "ETHNIC_GROUP")
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The item whose total denominator is the one recorded (the denominators here are all shown and distinct). */
    private static Map<String, Object> itemOf(JsonPath comparison, Map<String, long[]> figures) {
        List<Map<String, Object>> items = comparison.getList("items");
        return items.stream()
                .filter(i -> i.get("latestParts") != null)
                .filter(i -> ((Number) part(i, null).get("denominator")).longValue() == figures.get("")[1])
                .findFirst()
                .orElseThrow();
    }

    /** The item's latestParts (code null) or one of its parts. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> item, String code) {
        Map<String, Object> latest = (Map<String, Object>) item.get("latestParts");
        if (code == null) {
            return latest;
        }
        return ((List<Map<String, Object>>) latest.get("parts"))
                .stream().filter(p -> code.equals(p.get("code"))).findFirst().orElseThrow();
    }

    private static Long count(Map<String, Object> cell, String field) {
        Object value = cell.get(field);
        return value == null ? null : ((Number) value).longValue();
    }

    @Test
    void anotherMembersCountOfThreeIsHiddenWithItsComplementWhileItsOwnLeadSeesIt() {
        JsonPath asOther = comparison(leadOfOther);
        assertThat(asOther.getString("breakdown")).isEqualTo("ETHNIC_GROUP");
        Map<String, Object> seen = itemOf(asOther, SMALL);
        assertThat(seen.get("trustId")).as("pseudonymised as before").isNull();
        assertThat(part(seen, "BLACK"))
                .containsEntry("numerator", null)
                .containsEntry("rate", null)
                .containsEntry("suppressed", true);
        assertThat(part(seen, "ASIAN"))
                .as("the next smallest part, else 20 − 12 − 0 − 0 − 0 = 8 less Asian 5 gives Black 3")
                .containsEntry("numerator", null)
                .containsEntry("suppressed", true);
        assertThat(count(part(seen, "WHITE"), "numerator")).isEqualTo(12);
        assertThat(part(seen, "WHITE").get("rate")).isNotNull();
        assertThat(count(part(seen, "MIXED"), "numerator"))
                .as("0 identifies no one")
                .isZero();
        assertThat(count(part(seen, null), "numerator")).isEqualTo(20);

        JsonPath asOwn = comparison(leadOfSmall);
        Map<String, Object> own = itemOf(asOwn, SMALL);
        assertThat(own.get("trustId")).isEqualTo(small);
        for (String code : GROUPS) {
            assertThat(count(part(own, code), "numerator")).isEqualTo(SMALL.get(code)[0]);
            assertThat(part(own, code)).containsEntry("suppressed", false);
        }

        System.out.println("Learning-set comparison of " + RATE + ", " + PERIOD
                + ", the member with a count of 3 (restraint episodes / occupied bed days):");
        System.out.printf("%-22s %-14s %-14s%n", "ETHNIC_GROUP", "own lead", "other member");
        System.out.printf("%-22s %-14s %-14s%n", "TOTAL", shown(part(own, null)), shown(part(seen, null)));
        for (String code : GROUPS) {
            System.out.printf("%-22s %-14s %-14s%n", code, shown(part(own, code)), shown(part(seen, code)));
        }
    }

    private static String shown(Map<String, Object> cell) {
        Long n = count(cell, "numerator");
        Long d = count(cell, "denominator");
        return (n == null ? "*" : n.toString()) + " / " + (d == null ? "*" : d.toString());
    }

    @Test
    void noSubtractionOnThePublishedComparisonGivesAHiddenCountAway() {
        JsonPath asOther = comparison(leadOfOther);
        int hidden = 0;
        for (Map<String, long[]> figures : List.of(SMALL, LARGE_B, LARGE_C)) {
            Map<String, Object> item = itemOf(asOther, figures);
            for (String field : List.of("numerator", "denominator")) {
                int index = field.equals("numerator") ? 0 : 1;
                Map<String, Long> published = new LinkedHashMap<>();
                Map<String, Long> truth = new LinkedHashMap<>();
                published.put("total", count(part(item, null), field));
                truth.put("total", figures.get("")[index]);
                for (String code : GROUPS) {
                    published.put(code, count(part(item, code), field));
                    truth.put(code, figures.get(code)[index]);
                }
                published.forEach((id, value) -> {
                    if (value != null) {
                        assertThat(value).as(id + " is shown as recorded").isEqualTo(truth.get(id));
                    }
                });
                hidden +=
                        (int) published.values().stream().filter(v -> v == null).count();
                Set<String> revealed =
                        SubtractionReader.revealed(published, List.of(new CellSum("total", GROUPS)), truth);
                assertThat(revealed)
                        .as(field + " of the member whose total is " + figures.get("")[0])
                        .isEmpty();
            }
        }
        assertThat(hidden).as("the reader had something to look for").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCsvMarksHiddenCountsWithAStar() {
        String csv = as(leadOfOther.token())
                .accept("text/csv")
                .queryParam("templateCode", RATE)
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().filter(line -> line.contains(",ETHNIC_GROUP,BLACK,")))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).contains(",ETHNIC_GROUP,BLACK,Black,*,400,*"));
        assertThat(csv.lines().filter(line -> line.contains(",ETHNIC_GROUP,ASIAN,Asian,*,500,*")))
                .hasSize(1);
    }

    @Test
    void anUnknownBreakdownIsA400NamingTheParameter() {
        as(leadOfOther.token())
                .queryParam("templateCode", RATE)
                .queryParam("breakdown", "ETHNICITY")
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(400)
                .body(containsString("breakdown"));
        as(leadOfOther.token())
                .queryParam("templateCode", RATE)
                .queryParam("breakdown", "SEX")
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(400)
                .body(containsString("breakdown"));
    }

    @Test
    void aMemberReachesNoOtherMembersRawFiguresByAnyRoute() {
        String measure = measureOf.get(small);
        String base = "/api/v1/measures/" + measure;
        as(leadOfOther.token()).get(base).then().statusCode(404);
        as(leadOfOther.token()).get(base + "/observations").then().statusCode(404);
        as(leadOfOther.token()).get(base + "/observations/" + PERIOD).then().statusCode(404);
        as(leadOfOther.token())
                .accept("text/csv")
                .get(base + "/observations")
                .then()
                .statusCode(404);
        as(leadOfOther.token())
                .queryParam("breakdown", "ETHNIC_GROUP")
                .queryParam("code", "BLACK")
                .get(base + "/spc")
                .then()
                .statusCode(404);
        as(leadOfOther.token())
                .queryParam("breakdown", "ETHNIC_GROUP")
                .queryParam("code", "BLACK")
                .get(base + "/run-chart")
                .then()
                .statusCode(404);
        // the Trust's own lead does reach them, so the 404s above are about scope, not the routes
        as(leadOfSmall.token())
                .queryParam("breakdown", "ETHNIC_GROUP")
                .queryParam("code", "BLACK")
                .get(base + "/spc")
                .then()
                .statusCode(200);
    }
}
