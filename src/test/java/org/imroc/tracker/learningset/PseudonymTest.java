package org.imroc.tracker.learningset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.as;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Sets;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Nothing a member sees of a learning set tells it which Trust a letter is: not a 404 that confirms a hidden record,
 * not another member's wording of a unit, not the order in which Trusts joined.
 */
@QuarkusTest
class PseudonymTest {

    private static final String RATE = "restraint-rate";

    /** Nested records of a set the caller cannot see answer exactly as records that do not exist. */
    @Test
    void aHiddenSetsSessionsAndReportsAreTheSame404AsAbsentOnes() {
        String member = TestData.createTrust(TestData.uniqueName("Eastmoor"));
        String set = Sets.create(List.of(), List.of(RATE), member);
        String session = Sets.session(set);
        String report = Sets.draft(set, member);
        Api.TestUser stranger =
                Api.createUser("CONSULTANT", List.of(TestData.createTrust(TestData.uniqueName("Elsewhere"))));

        Map<String, BiFunction<RequestSpecification, String, io.restassured.response.Response>> doors =
                new java.util.LinkedHashMap<>();
        doors.put("GET /sessions/{id}", (r, id) -> r.get("/api/v1/sessions/" + id));
        doors.put(
                "PATCH /sessions/{id}",
                (r, id) -> r.header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json")
                        .body("{\"notes\":\"x\"}")
                        .patch("/api/v1/sessions/" + id));
        doors.put(
                "DELETE /sessions/{id}",
                (r, id) -> r.header("If-Match", "\"0\"").delete("/api/v1/sessions/" + id));
        doors.put(
                "POST /sessions/{id}/commitments",
                (r, id) -> r.contentType(ContentType.JSON)
                        .body(Map.of(
                                "commitments",
                                List.of(Map.of(
                                        "trustId", member, "title", "Try it", "owner", "Sam", "dueOn", "2027-01-15"))))
                        .post("/api/v1/sessions/" + id + "/commitments"));
        doors.put("GET /reports/{id}", (r, id) -> r.get("/api/v1/reports/" + id));
        doors.put(
                "PATCH /reports/{id}",
                (r, id) -> r.header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json")
                        .body("{\"selfScore\":3.0}")
                        .patch("/api/v1/reports/" + id));
        doors.put(
                "POST /reports/{id}/transitions",
                (r, id) -> r.header("If-Match", "\"0\"")
                        .contentType(ContentType.JSON)
                        .body(Map.of("to", "SUBMITTED"))
                        .post("/api/v1/reports/" + id + "/transitions"));
        doors.put(
                "POST /reports/{id}/review",
                (r, id) -> r.header("If-Match", "\"0\"")
                        .contentType(ContentType.JSON)
                        .body(Map.of("feedback", "Fine", "facultyScore", 3.0))
                        .post("/api/v1/reports/" + id + "/review"));
        for (String nested : List.of(
                "", "/members", "/sessions", "/reports", "/reports?status=DUE", "/comparison?templateCode=" + RATE)) {
            doors.put("GET /learning-sets/{id}" + nested, (r, id) -> r.get("/api/v1/learning-sets/" + id + nested));
        }

        List<String> different = new ArrayList<>();
        for (Map.Entry<String, BiFunction<RequestSpecification, String, io.restassured.response.Response>> door :
                doors.entrySet()) {
            String hiddenId = door.getKey().contains("/sessions/")
                    ? session
                    : door.getKey().contains("/reports/") ? report : set;
            String absentId = UUID.randomUUID().toString();
            var hidden = door.getValue().apply(as(stranger.token()), hiddenId);
            var absent = door.getValue().apply(as(stranger.token()), absentId);
            String seen = comparable(hidden.asString(), hiddenId);
            System.out.println(door.getKey() + " hidden -> " + hidden.statusCode() + " " + hidden.asString());
            if (hidden.statusCode() != 404
                    || absent.statusCode() != 404
                    || !seen.equals(comparable(absent.asString(), absentId))
                    || seen.contains(set)) {
                different.add(door.getKey() + ": hidden " + hidden.asString() + " / absent " + absent.asString());
            }
        }
        assertThat(different)
                .as("answers that tell a hidden record from an absent one")
                .isEmpty();
    }

    /** Each row of the comparison carries the unit of its own figures; no row carries another Trust's wording. */
    @Test
    void eachComparisonRowCarriesItsOwnUnitAndNeverAnotherTrustsWording() {
        String mine = TestData.createTrust(TestData.uniqueName("Zetland")); // sorts after every "Trust X"
        String theirs = TestData.createTrust(TestData.uniqueName("Eastmoor"));
        String set = Sets.create(List.of(), List.of(RATE), mine, theirs);
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(mine));
        String myWording = "per 1,000 bed days (Zetland wards)";
        String theirWording = "per 1,000 OBD, Eastmoor Ward 9 excluded";
        String templateUnit = asAdmin()
                .get("/api/v1/measure-templates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.code == '" + RATE + "' }.unit");
        record(mine, myWording, 4);
        record(theirs, theirWording, 9);

        JsonPath view = as(lead.token())
                .queryParam("templateCode", RATE)
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String csv = as(lead.token())
                .accept("text/csv")
                .queryParam("templateCode", RATE)
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        System.out.println("comparison as the lead of " + mine + ": " + view.prettify() + "\n" + csv);
        assertThat(view.prettify() + csv).doesNotContain("Eastmoor");
        assertThat(view.getString("unit")).isEqualTo(templateUnit);
        assertThat(view.getString("items.find { it.trustId == '" + mine + "' }.unit"))
                .isEqualTo(myWording);
        assertThat(view.getString("items.find { it.trustId == null }.unit")).isNull();
        List<String> rows = csv.lines().skip(1).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.stream().filter(r -> r.contains(mine)))
                .singleElement()
                .asString()
                .contains(myWording);
        assertThat(rows.stream().filter(r -> !r.contains(mine)))
                .singleElement()
                .asString()
                .doesNotContain(myWording)
                .doesNotContain("Ward");

        // the set's facilitator names both: each row in its own wording
        JsonPath facilitator = asAdmin()
                .queryParam("templateCode", RATE)
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(facilitator.getString("items.find { it.trustId == '" + theirs + "' }.unit"))
                .isEqualTo(theirWording);
        assertThat(facilitator.getString("items.find { it.trustId == '" + mine + "' }.unit"))
                .isEqualTo(myWording);
    }

    /** Members are listed in label order, as the comparison is, whatever order they joined in. */
    @Test
    void membersAreListedByLabelNotByJoining() {
        String first = TestData.createTrust(
                "Zz first to join " + UUID.randomUUID().toString().substring(0, 8));
        String set = Sets.create(List.of(), List.of(RATE), first);
        List<String> later = new ArrayList<>();
        for (String name : List.of("Mm", "Bb", "Aa")) {
            String trust = TestData.createTrust(
                    name + " " + UUID.randomUUID().toString().substring(0, 8));
            Sets.join(set, trust);
            later.add(trust);
        }
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(first));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "heldOn",
                        "2026-10-01",
                        "kind",
                        "WEBINAR",
                        "attendance",
                        List.of(
                                Map.of("trustId", first, "attendees", List.of(Map.of("name", "Z", "role", "R"))),
                                Map.of("trustId", later.get(0), "attendees", List.of(Map.of("name", "M", "role", "R"))),
                                Map.of(
                                        "trustId",
                                        later.get(2),
                                        "attendees",
                                        List.of(Map.of("name", "A", "role", "R"))))))
                .post("/api/v1/learning-sets/" + set + "/sessions")
                .then()
                .statusCode(201);

        for (var viewer : List.of(as(lead.token()), asAdmin())) {
            JsonPath members = viewer.get("/api/v1/learning-sets/" + set + "/members")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> labels = members.getList("items.label", String.class);
            System.out.println("members: " + labels);
            assertThat(labels).hasSize(4).isSortedAccordingTo(LABEL_ORDER);
        }
        List<String> seenByLead = as(lead.token())
                .get("/api/v1/learning-sets/" + set + "/members")
                .then()
                .extract()
                .jsonPath()
                .getList("items.label", String.class);
        assertThat(seenByLead.get(3)).startsWith("Zz first to join");
        List<String> attendance = as(lead.token())
                .get("/api/v1/learning-sets/" + set + "/sessions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items[0].attendance.label", String.class);
        assertThat(attendance).hasSize(3).isSortedAccordingTo(LABEL_ORDER);
    }

    /** Labels as the tracker orders them: pseudonyms by letter count, then letters ("Trust Z" before "Trust AA"). */
    private static final Comparator<String> LABEL_ORDER = Comparator.comparing(PseudonymTest::sortKey);

    private static String sortKey(String label) {
        if (label.matches("Trust [A-Z]+")) {
            String letters = label.substring(6);
            return "Trust " + " ".repeat(3 - letters.length()) + letters;
        }
        return label;
    }

    private static void record(String trust, String unit, int value) {
        JsonPath measure = asAdmin()
                .queryParam("templateCode", RATE)
                .get("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String id = measure.getString("items[0].id");
        asAdmin()
                .header("If-Match", "\"" + measure.getInt("items[0].version") + "\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("unit", unit))
                .patch("/api/v1/measures/" + id)
                .then()
                .statusCode(200);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "observations",
                        List.of(
                                Map.of("period", "2026-01", "numerator", value, "denominator", 1000),
                                Map.of("period", "2026-02", "numerator", value + 1, "denominator", 1000))))
                .post("/api/v1/measures/" + id + "/observations")
                .then()
                .statusCode(201);
    }

    private static String comparable(String problem, String id) {
        return problem.replace(id, "ID").replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"-\"");
    }
}
