package org.imroc.tracker.support;

import static org.imroc.tracker.support.Api.asAdmin;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Learning sets, members, sessions and reports made through the API for tests. */
public final class Sets {

    private static final AtomicInteger MONTHS = new AtomicInteger();

    private Sets() {}

    public static Map<String, Object> body(String name, List<String> facilitatorIds, List<String> templates) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("purpose", "Reduce restrictive practice together");
        body.put("kind", "ACTION_LEARNING_SET");
        body.put("focusChallenges", List.of(7));
        body.put("startsOn", "2000-01-01");
        body.put("status", "ACTIVE");
        body.put("facilitatorIds", facilitatorIds);
        body.put("measureTemplateCodes", templates);
        return body;
    }

    /** A set run by the facilitators (user ids), sharing the templates, with the Trusts as members. */
    public static String create(List<String> facilitatorIds, List<String> templates, String... trustIds) {
        String id = asAdmin()
                .contentType(ContentType.JSON)
                .body(body(TestData.uniqueName("Set"), facilitatorIds, templates))
                .post("/api/v1/learning-sets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String trust : trustIds) {
            join(id, trust);
        }
        return id;
    }

    public static void join(String setId, String trustId) {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("trustId", trustId, "joinedOn", "2000-01-01"))
                .post("/api/v1/learning-sets/" + setId + "/members")
                .then()
                .statusCode(201);
    }

    /** A month no other test has used: reports are one per Trust and month. */
    public static String freshMonth() {
        int n = MONTHS.getAndIncrement();
        return String.format("%04d-%02d", 2001 + n / 12, n % 12 + 1);
    }

    /** A DRAFT report of the Trust with a self score, made by an administrator. */
    public static String draft(String setId, String trustId) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "trustId",
                        trustId,
                        "period",
                        freshMonth(),
                        "selfScore",
                        2.5,
                        "narrative",
                        Map.of("tried", "Safety huddles")))
                .post("/api/v1/learning-sets/" + setId + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String submitted(String setId, String trustId) {
        String id = draft(setId, trustId);
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("to", "SUBMITTED"))
                .post("/api/v1/reports/" + id + "/transitions")
                .then()
                .statusCode(200);
        return id;
    }

    public static String session(String setId) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("heldOn", "2026-10-01", "kind", "ACTION_LEARNING_SET_MEETING"))
                .post("/api/v1/learning-sets/" + setId + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String userId(String bearer) {
        return Api.as(bearer).get("/api/v1/me").then().statusCode(200).extract().path("id");
    }
}
