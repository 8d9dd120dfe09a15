package org.imroc.tracker.learningset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.as;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.Sets;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The comparison, the member list, a session and the DUE list take the same number of SQL statements for a set of 3
 * members as for one of 30, each member with a year of figures, a report and a commitment.
 */
@QuarkusTest
class LearningSetStatementCountTest {

    private static final String TEMPLATE = "seclusion-episodes";

    /** A set of {@code size} members, each reporting 12 months, with a session at which each committed. */
    private static Map<String, String> set(int size) {
        return set(size, false);
    }

    /**
     * The same; with {@code parts}, each member's measure is broken down by ethnic group and its latest month has
     * parts, one of them a small count (suppressed to every other member).
     */
    private static Map<String, String> set(int size, boolean parts) {
        List<String> trusts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            trusts.add(TestData.createTrust(TestData.uniqueName("Count " + size + "/" + i)));
        }
        String set =
                Sets.create(List.of(Sets.userId(Api.adminToken())), List.of(TEMPLATE), trusts.toArray(String[]::new));
        List<Map<String, Object>> commitments = new ArrayList<>();
        for (String trust : trusts) {
            String measure = asAdmin()
                    .queryParam("templateCode", TEMPLATE)
                    .get("/api/v1/trusts/" + trust + "/measures")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items[0].id");
            Measures.record(
                    measure, Measures.months("2001-01", "4", "6", "5", "7", "3", "5", "6", "4", "5", "6", "7", "5"));
            if (parts) {
                asAdmin()
                        .header("If-Match", Pdsa.etag("/api/v1/measures/" + measure))
                        .contentType("application/merge-patch+json")
                        .body(Map.of("breakdowns", List.of("ETHNIC_GROUP")))
                        .patch("/api/v1/measures/" + measure)
                        .then()
                        .statusCode(200);
                List<Map<String, Object>> groups = new ArrayList<>();
                Map<String, Integer> values =
                        Map.of("WHITE", 9, "MIXED", 0, "ASIAN", 5, "BLACK", 3, "OTHER", 0, "NOT_STATED_OR_KNOWN", 0);
                values.forEach((code, value) -> groups.add(Map.of("code", code, "value", value)));
                Measures.record(
                        measure,
                        List.of(Map.of("period", "2002-01", "value", 17, "parts", Map.of("ETHNIC_GROUP", groups))));
            }
            Sets.submitted(set, trust);
            commitments.add(Map.of("trustId", trust, "title", "Debriefs", "owner", "Matron", "dueOn", "2027-01-31"));
        }
        String session = asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("heldOn", "2026-10-01", "kind", "LEARNING_SESSION", "commitments", commitments))
                .post("/api/v1/learning-sets/" + set + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String lead = Api.createUser("TRUST_LEAD", List.of(trusts.get(0))).token();
        return Map.of("set", set, "session", session, "lead", lead);
    }

    private static Map<String, Long> reads(Map<String, String> s, int size) {
        String base = "/api/v1/learning-sets/" + s.get("set");
        asAdmin().get(base).then().statusCode(200); // both callers resolved since the last user was created
        as(s.get("lead")).get(base).then().statusCode(200);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(
                "comparison (facilitator)",
                SqlStatements.during(() -> asAdmin()
                        .queryParam("templateCode", TEMPLATE)
                        .get(base + "/comparison")
                        .then()
                        .statusCode(200)
                        .body("items.size()", org.hamcrest.Matchers.equalTo(size))));
        counts.put(
                "comparison (member)",
                SqlStatements.during(() -> as(s.get("lead"))
                        .queryParam("templateCode", TEMPLATE)
                        .get(base + "/comparison")
                        .then()
                        .statusCode(200)));
        counts.put(
                "small multiples",
                SqlStatements.during(() -> asAdmin()
                        .accept("image/svg+xml")
                        .queryParam("templateCode", TEMPLATE)
                        .get(base + "/comparison")
                        .then()
                        .statusCode(200)));
        counts.put(
                "comparison csv",
                SqlStatements.during(() -> asAdmin()
                        .accept("text/csv")
                        .queryParam("templateCode", TEMPLATE)
                        .get(base + "/comparison")
                        .then()
                        .statusCode(200)));
        counts.put(
                "members",
                SqlStatements.during(
                        () -> asAdmin().get(base + "/members").then().statusCode(200)));
        counts.put(
                "session",
                SqlStatements.during(() -> asAdmin()
                        .get("/api/v1/sessions/" + s.get("session"))
                        .then()
                        .statusCode(200)
                        .body("commitmentCount", org.hamcrest.Matchers.equalTo(size))));
        counts.put(
                "reports due",
                SqlStatements.during(() -> asAdmin()
                        .queryParam("status", "DUE")
                        .get(base + "/reports")
                        .then()
                        .statusCode(200)));
        counts.put(
                "report page",
                SqlStatements.during(
                        () -> asAdmin().get(base + "/reports").then().statusCode(200)));
        return counts;
    }

    /** The comparison with each member's latest parts, as a member (suppressed) and as the facilitator, JSON and CSV. */
    private static Map<String, Long> readsWithParts(Map<String, String> s, int size) {
        String base = "/api/v1/learning-sets/" + s.get("set");
        asAdmin().get(base).then().statusCode(200);
        as(s.get("lead")).get(base).then().statusCode(200);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(
                "comparison with parts (facilitator)",
                SqlStatements.during(() -> asAdmin()
                        .queryParam("templateCode", TEMPLATE)
                        .queryParam("breakdown", "ETHNIC_GROUP")
                        .get(base + "/comparison")
                        .then()
                        .statusCode(200)
                        .body("items.findAll { it.latestParts != null }.size()", org.hamcrest.Matchers.equalTo(size))));
        counts.put(
                "comparison with parts (member)",
                SqlStatements.during(() -> as(s.get("lead"))
                        .queryParam("templateCode", TEMPLATE)
                        .get(base + "/comparison")
                        .then()
                        .statusCode(200)
                        .body(
                                "items.findAll { it.latestParts?.parts?.find { p -> p.code == 'BLACK' }?.suppressed }"
                                        + ".size()",
                                org.hamcrest.Matchers.equalTo(size - 1))));
        counts.put(
                "comparison csv with parts (member)",
                SqlStatements.during(() -> as(s.get("lead"))
                        .accept("text/csv")
                        .queryParam("templateCode", TEMPLATE)
                        .get(base + "/comparison")
                        .then()
                        .statusCode(200)));
        return counts;
    }

    @Test
    void theComparisonWithPartsTakesTheSameStatementsForThreeMembersAsForEighteen() {
        Map<String, Long> three = readsWithParts(set(3, true), 3);
        Map<String, Long> eighteen = readsWithParts(set(18, true), 18);
        System.out.println(
                "Learning-set comparison with parts, statements, 3 members: " + three + "; 18 members: " + eighteen);
        assertThat(eighteen).isEqualTo(three);
        // one statement for the members' change numbers, then the comparison is computed once per state (issue 27)
        assertThat(three.get("comparison with parts (facilitator)"))
                .isLessThanOrEqualTo(7 + SqlStatements.CALLER_LOOKUP);
        // the CSV asks the member's question again: answered from the comparison kept, without the series read
        assertThat(three.get("comparison csv with parts (member)"))
                .isLessThan(three.get("comparison with parts (member)"));
    }

    @Test
    void readsTakeTheSameStatementsForThreeMembersAsForThirty() {
        Map<String, Long> three = reads(set(3), 3);
        Map<String, Long> thirty = reads(set(30), 30);
        System.out.println("Learning-set statements, 3 members: " + three + "; 30 members: " + thirty);
        assertThat(thirty).isEqualTo(three);
        assertThat(three.get("comparison (facilitator)")).isLessThanOrEqualTo(7 + SqlStatements.CALLER_LOOKUP);
    }
}
