package org.imroc.tracker.learningset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.as;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Sets;
import org.imroc.tracker.support.Svg;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's story: a consultant facilitates a No Force First set of three Trusts. Each Trust lead sees their own
 * Trust by name and the others only as stable pseudonyms; commitments made at a session become actions of the
 * Trusts' plans and the set sees which were done by the next session; monthly reports carry the shared measures
 * as observations and are reviewed by the facilitator.
 */
@QuarkusTest
class LearningSetTest {

    private static final String RATE = "restraint-rate";
    private static final String PRONE = "prone-restraint";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private String north;
    private String south;
    private String east;
    private String northName;
    private String southName;
    private String eastName;
    private Api.TestUser facilitator;
    private Api.TestUser leadNorth;
    private Api.TestUser leadSouth;
    private String set;

    @BeforeEach
    void threeTrustsJoinASetRunByTheirConsultant() {
        northName = TestData.uniqueName("Northshire");
        southName = TestData.uniqueName("Southvale");
        eastName = TestData.uniqueName("Eastmoor");
        north = TestData.createTrust(northName);
        south = TestData.createTrust(southName);
        east = TestData.createTrust(eastName);
        facilitator = Api.createUser("CONSULTANT", List.of(north, south, east));
        leadNorth = Api.createUser("TRUST_LEAD", List.of(north));
        leadSouth = Api.createUser("TRUST_LEAD", List.of(south));
        // South already measures prone restraint: joining links that measure rather than making a second
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("templateCode", PRONE))
                .post("/api/v1/trusts/" + south + "/measures")
                .then()
                .statusCode(201);
        Map<String, Object> body = Sets.body("No Force First " + System.nanoTime(), List.of(), List.of(RATE, PRONE));
        body.put("startsOn", TODAY.minusMonths(3).withDayOfMonth(1).toString());
        set = as(facilitator.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/learning-sets")
                .then()
                .statusCode(201)
                .body("facilitatorIds", equalTo(List.of(facilitator.id())))
                .body("managedByYou", equalTo(true))
                .extract()
                .path("id");
        for (String trust : List.of(north, south, east)) {
            as(facilitator.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "trustId",
                            trust,
                            "joinedOn",
                            TODAY.minusMonths(3).withDayOfMonth(1).toString()))
                    .post("/api/v1/learning-sets/" + set + "/members")
                    .then()
                    .statusCode(201)
                    .header(
                            "Location",
                            org.hamcrest.Matchers.endsWith("/api/v1/learning-sets/" + set + "/members/" + trust));
        }
    }

    /** POST …/transitions of the set, as {@code who}. */
    private static io.restassured.response.Response moveSet(Api.TestUser who, String set, String etag, String to) {
        return as(who.token())
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("to", to))
                .post("/api/v1/learning-sets/" + set + "/transitions");
    }

    @Test
    void aSetIsClosedAndReopenedOnlyThroughTransitions() {
        String id = Sets.create(List.of(facilitator.id()), List.of());
        as(facilitator.token())
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"status\":\"CLOSED\"}")
                .patch("/api/v1/learning-sets/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("detail", containsString("POST /api/v1/learning-sets/" + id + "/transitions"));
        moveSet(facilitator, id, "\"0\"", "PLANNED")
                .then()
                .statusCode(409)
                .body("detail", containsString("from ACTIVE it may move to [CLOSED]"));
        moveSet(facilitator, id, "\"0\"", "CLOSED")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .header("ETag", equalTo("\"1\""));
        moveSet(leadNorth, id, "\"1\"", "ACTIVE").then().statusCode(403); // a Trust lead does not manage sets
        moveSet(facilitator, id, "\"1\"", "ACTIVE").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void joiningGivesEveryMemberTheSharedMeasuresOnceAndARetryIsSafe() {
        for (String trust : List.of(north, south, east)) {
            for (String template : List.of(RATE, PRONE)) {
                asAdmin()
                        .queryParam("templateCode", template)
                        .get("/api/v1/trusts/" + trust + "/measures")
                        .then()
                        .statusCode(200)
                        .body("items.size()", equalTo(1));
            }
        }
        String pseudonym = as(facilitator.token())
                .contentType(ContentType.JSON)
                .body(Map.of("trustId", north))
                .post("/api/v1/learning-sets/" + set + "/members")
                .then()
                .statusCode(200)
                .body("trustId", equalTo(north))
                .extract()
                .path("pseudonym");
        assertThat(pseudonym).matches("Trust [A-Z]+");
        asAdmin().get("/api/v1/learning-sets/" + set).then().statusCode(200).body("memberCount", equalTo(3));
    }

    @Test
    void aMemberSeesItsOwnTrustNamedAndTheOthersOnlyAsStablePseudonyms() {
        String members = as(leadNorth.token())
                .get("/api/v1/learning-sets/" + set + "/members")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String comparison = as(leadNorth.token())
                .queryParam("templateCode", RATE)
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String seen : List.of(members, comparison)) {
            assertThat(seen).contains(northName, north).doesNotContain(south, southName, east, eastName);
        }
        JsonPath view = JsonPath.from(comparison);
        assertThat(view.getList("items.label")).hasSize(3).contains(northName);
        assertThat(view.getList("items.findAll { it.trustId == null }.label", String.class))
                .hasSize(2)
                .allMatch(label -> label.matches("Trust [A-Z]+"));
        assertThat(view.getBoolean("items.find { it.label == '" + northName + "' }.yours"))
                .isTrue();

        Map<String, String> letters = letters(asAdmin()
                .get("/api/v1/learning-sets/" + set + "/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath());
        Map<String, String> seenBySouth = letters(as(leadSouth.token())
                .get("/api/v1/learning-sets/" + set + "/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath());
        assertThat(seenBySouth).containsEntry(south, letters.get(south)).doesNotContainKeys(north, east);
        assertThat(JsonPath.from(members).getList("items.findAll { it.trustId == null }.label", String.class))
                .containsExactlyInAnyOrder(letters.get(south), letters.get(east))
                .doesNotContain(letters.get(north));
        // the same letters every time
        assertThat(as(leadNorth.token())
                        .get("/api/v1/learning-sets/" + set + "/members")
                        .then()
                        .extract()
                        .asString())
                .isEqualTo(members);
        // and nothing else of another Trust through any other door
        as(leadNorth.token())
                .get("/api/v1/trusts/" + south + "/measures")
                .then()
                .statusCode(404);
        String southReport = asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "trustId",
                        south,
                        "period",
                        YearMonth.from(TODAY).minusMonths(1).toString()))
                .post("/api/v1/learning-sets/" + set + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(leadNorth.token()).get("/api/v1/reports/" + southReport).then().statusCode(404);
        assertThat(as(leadNorth.token())
                        .get("/api/v1/learning-sets/" + set + "/reports")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain(southReport, south);
        as(facilitator.token())
                .get("/api/v1/reports/" + southReport)
                .then()
                .statusCode(200)
                .body("label", equalTo(southName));
    }

    @Test
    void aCommitmentBecomesAnActionOfTheTrustsPlanAndTheSetSeesWhetherItWasDoneByTheNextSession() {
        Map<String, Object> session = new HashMap<>();
        session.put("heldOn", TODAY.minusDays(20).toString());
        session.put("kind", "ACTION_LEARNING_SET_MEETING");
        session.put("agenda", "Safety huddles; debriefs after restraint");
        session.put(
                "attendance",
                List.of(
                        Map.of(
                                "trustId",
                                north,
                                "attendees",
                                List.of(Map.of("name", "Nia North", "role", "Ward manager"))),
                        Map.of(
                                "trustId",
                                south,
                                "attendees",
                                List.of(
                                        Map.of("name", "Sam South", "role", "Matron"),
                                        Map.of("name", "Pat Peer", "role", "Peer support worker")))));
        session.put(
                "commitments",
                List.of(
                        Map.of(
                                "trustId",
                                north,
                                "title",
                                "Safety huddles on Ward 4",
                                "owner",
                                "Nia North",
                                "dueOn",
                                TODAY.plusDays(5).toString()),
                        Map.of(
                                "trustId",
                                south,
                                "title",
                                "Debrief within 72 hours",
                                "owner",
                                "Sam South",
                                "dueOn",
                                TODAY.plusDays(5).toString())));
        JsonPath made = as(facilitator.token())
                .contentType(ContentType.JSON)
                .body(session)
                .post("/api/v1/learning-sets/" + set + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String sessionId = made.getString("id");
        String northAction = made.getString("commitments.find { it.trustId == '" + north + "' }.actionId");
        String southAction = made.getString("commitments.find { it.trustId == '" + south + "' }.actionId");
        assertThat(made.getInt("commitmentCount")).isEqualTo(2);
        assertThat((Object) made.get("doneByNextSession")).isNull();

        // the commitment is an action of North's own plan, linked to the session, on the set's challenge
        as(leadNorth.token())
                .get("/api/v1/actions/" + northAction)
                .then()
                .statusCode(200)
                .body("sessionId", equalTo(sessionId))
                .body("trustId", equalTo(north))
                .body("challengeNumber", equalTo(7))
                .body("title", equalTo("Safety huddles on Ward 4"));
        as(leadNorth.token()).get("/api/v1/actions/" + southAction).then().statusCode(404);
        asAdmin()
                .queryParam("resourceType", "action")
                .queryParam("resourceId", northAction)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].kind", equalTo("CREATED"));

        // North sees its own commitment and attendance; South's only as counts under its pseudonym
        JsonPath northView = as(leadNorth.token())
                .get("/api/v1/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(northView.getList("commitments.actionId")).containsExactly(northAction);
        assertThat(northView.getInt("commitmentCount")).isEqualTo(2);
        assertThat(northView.getList("attendance.findAll { it.trustId == null }.attendeeCount"))
                .containsExactly(2);
        assertThat(northView.prettify()).doesNotContain("Sam South", "Pat Peer", south);

        // North does it; the next session is planned; North's was done by then, South's was not
        as(leadNorth.token())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("to", "DONE"))
                .post("/api/v1/actions/" + northAction + "/transitions")
                .then()
                .statusCode(200);
        as(facilitator.token())
                .contentType(ContentType.JSON)
                .body(Map.of("heldOn", TODAY.plusDays(10).toString(), "kind", "ACTION_LEARNING_SET_MEETING"))
                .post("/api/v1/learning-sets/" + set + "/sessions")
                .then()
                .statusCode(201);
        JsonPath after = as(facilitator.token())
                .get("/api/v1/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(after.getString("nextSessionOn"))
                .isEqualTo(TODAY.plusDays(10).toString());
        assertThat(after.getInt("doneByNextSession")).isEqualTo(1);
        assertThat(after.getBoolean("commitments.find { it.actionId == '" + northAction + "' }.doneByNextSession"))
                .isTrue();
        assertThat(after.getBoolean("commitments.find { it.actionId == '" + southAction + "' }.doneByNextSession"))
                .isFalse();
        // a session with commitments is the record of where they were agreed
        as(facilitator.token())
                .header("If-Match", "\"0\"")
                .delete("/api/v1/sessions/" + sessionId)
                .then()
                .statusCode(409);
    }

    @Test
    void monthlyReportsCarryTheSharedMeasuresAsObservationsAndAreReviewedByTheFacilitator() {
        String lastMonth = YearMonth.from(TODAY).minusMonths(1).toString();
        JsonPath due = as(facilitator.token())
                .queryParam("status", "DUE")
                .queryParam("period", lastMonth)
                .get("/api/v1/learning-sets/" + set + "/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(due.getList("items.trustId")).containsExactlyInAnyOrder(north, south, east);

        Map<String, Object> report = new HashMap<>();
        report.put("trustId", north);
        report.put("period", lastMonth);
        report.put(
                "narrative",
                Map.of(
                        "tried",
                        "Safety huddles",
                        "learned",
                        "Night staff need them too",
                        "barriers",
                        "Agency cover",
                        "helpWanted",
                        "How others brief agency staff"));
        report.put("selfScore", 2.5);
        report.put("measureValues", List.of(Map.of("templateCode", RATE, "numerator", 12, "denominator", 2400)));
        JsonPath created = as(leadNorth.token())
                .contentType(ContentType.JSON)
                .body(report)
                .post("/api/v1/learning-sets/" + set + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        assertThat(created.getString("status")).isEqualTo("DRAFT");
        assertThat(created.getString("measureValues[0].value")).isEqualTo("5");
        String measure = created.getString("measureValues[0].measureId");
        as(leadNorth.token())
                .get("/api/v1/measures/" + measure + "/observations/" + lastMonth)
                .then()
                .statusCode(200)
                .body("numerator", equalTo(12))
                .body("denominator", equalTo(2400));
        as(leadNorth.token())
                .contentType(ContentType.JSON)
                .body(report)
                .post("/api/v1/learning-sets/" + set + "/reports")
                .then()
                .statusCode(409);

        // not a score on the IHI scale; not the Trust's own people
        as(leadNorth.token())
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"selfScore\":2.3}")
                .patch("/api/v1/reports/" + id)
                .then()
                .statusCode(422);
        as(facilitator.token())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("feedback", "Early", "facultyScore", 2.0))
                .post("/api/v1/reports/" + id + "/review")
                .then()
                .statusCode(409);
        as(leadSouth.token())
                .contentType(ContentType.JSON)
                .body(Map.of("trustId", north, "period", lastMonth))
                .post("/api/v1/learning-sets/" + set + "/reports")
                .then()
                .statusCode(403);

        as(leadNorth.token())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("to", "SUBMITTED"))
                .post("/api/v1/reports/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        assertThat(as(facilitator.token())
                        .queryParam("status", "DUE")
                        .queryParam("period", lastMonth)
                        .get("/api/v1/learning-sets/" + set + "/reports")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.trustId"))
                .containsExactlyInAnyOrder(south, east);
        as(leadNorth.token())
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("feedback", "Self-review", "facultyScore", 4.0))
                .post("/api/v1/reports/" + id + "/review")
                .then()
                .statusCode(403);
        as(facilitator.token())
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("feedback", "Share the agency briefing at the next session", "facultyScore", 2.0))
                .post("/api/v1/reports/" + id + "/review")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVIEWED"))
                .body("facultyScore", equalTo(2.0f))
                .body("reviewedBy", equalTo(facilitator.id()));

        JsonPath comparison = as(leadSouth.token())
                .queryParam("templateCode", RATE)
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String northRow = "items.find { it.latestPeriod == '" + lastMonth + "' }";
        assertThat(comparison.getString(northRow + ".label")).matches("Trust [A-Z]+");
        assertThat((Object) comparison.get(northRow + ".trustId")).isNull();
        assertThat(comparison.getString(northRow + ".latestValue")).isEqualTo("5");
        assertThat(comparison.getFloat(northRow + ".selfScore")).isEqualTo(2.5f);
        assertThat(comparison.getFloat(northRow + ".facultyScore")).isEqualTo(2.0f);
    }

    @Test
    void theComparisonComesAsCsvAndAsSmallMultiplesOnOneScale() {
        String lastMonth = YearMonth.from(TODAY).minusMonths(1).toString();
        int i = 0;
        for (String trust : List.of(north, south, east)) {
            String measure = asAdmin()
                    .queryParam("templateCode", PRONE)
                    .get("/api/v1/trusts/" + trust + "/measures")
                    .then()
                    .extract()
                    .path("items[0].id");
            List<Map<String, Object>> points = new java.util.ArrayList<>();
            for (int m = 0; m < 12; m++) {
                points.add(Map.of(
                        "period", YearMonth.from(TODAY).minusMonths(12 - m).toString(), "value", 10 + i * 5 + (m % 3)));
            }
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(Map.of("observations", points))
                    .post("/api/v1/measures/" + measure + "/observations")
                    .then()
                    .statusCode(201);
            i++;
        }
        String csv = as(leadNorth.token())
                .accept("text/csv")
                .queryParam("templateCode", PRONE)
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv)
                .startsWith("label,trustId,latestPeriod,latestValue,unit,")
                .contains(northName + "," + north + "," + lastMonth)
                .doesNotContain(south, southName);
        String svg = as(leadNorth.token())
                .accept("image/svg+xml")
                .queryParam("templateCode", PRONE)
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("image/svg+xml"))
                .extract()
                .asString();
        assertThat(svg).contains(northName).doesNotContain(southName, eastName);
        assertThat(Svg.eventHandlers(Svg.parse(svg))).isEmpty();
        assertThat(Svg.withAttribute(Svg.parse(svg), "rect", "fill", "#FFFFFF")).hasSizeGreaterThanOrEqualTo(3);
        Svg.render(svg, "learning-set-small-multiples");
        as(leadNorth.token())
                .queryParam("templateCode", "seclusion-hours")
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(400);
    }

    private static Map<String, String> letters(JsonPath members) {
        Map<String, String> letters = new HashMap<>();
        for (Map<String, Object> m : members.<Map<String, Object>>getList("items")) {
            if (m.get("trustId") != null) {
                letters.put((String) m.get("trustId"), (String) m.get("pseudonym"));
            }
        }
        return letters;
    }
}
