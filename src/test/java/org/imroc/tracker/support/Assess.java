package org.imroc.tracker.support;

import static org.imroc.tracker.support.Api.asAdmin;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds assessments and visits through the API, as an administrator. */
public final class Assess {

    private Assess() {}

    /** Ratings of all 10 challenges at one stage, with priorities 1–3 on challenges 1–3. */
    public static List<Map<String, Object>> ratings(String stage) {
        List<Map<String, Object>> ratings = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            Map<String, Object> rating = new HashMap<>();
            rating.put("challengeNumber", n);
            rating.put("stage", stage);
            rating.put("evidence", "Evidence for challenge " + n);
            if (n <= 3) {
                rating.put("priority", n);
            }
            ratings.add(rating);
        }
        return ratings;
    }

    public static Map<String, Object> body(String kind, String context, String assessedOn, List<?> ratings) {
        return Map.of("assessedOn", assessedOn, "kind", kind, "context", context, "ratings", ratings);
    }

    public static String draft(String trustId, String kind, String context, String assessedOn, String stage) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(body(kind, context, assessedOn, ratings(stage)))
                .post("/api/v1/trusts/" + trustId + "/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String agreed(String trustId, String kind, String context, String assessedOn, String stage) {
        String id = draft(trustId, kind, context, assessedOn, stage);
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("to", "AGREED"))
                .post("/api/v1/assessments/" + id + "/transitions")
                .then()
                .statusCode(200);
        return id;
    }

    public static Map<String, Object> visitBody(List<Map<String, Object>> agreedActions) {
        Map<String, Object> body = new HashMap<>();
        body.put("visitedOn", "2026-11-20");
        body.put("type", "SUPPORT");
        body.put("status", "COMPLETED");
        body.put(
                "attendees",
                List.of(
                        Map.of("name", "Ann Peer", "role", "Peer trainer"),
                        Map.of("name", "Dr Lee", "role", "Clinical director")));
        body.put("challengesDiscussed", List.of(6, 3));
        body.put("summary", "Talked through the peer workforce plan.");
        body.put("agreedActions", agreedActions);
        return body;
    }

    public static Map<String, Object> agreedAction(String title) {
        return Map.of("title", title, "owner", "Sam Ward", "dueOn", "2027-01-31");
    }

    public static String visit(String trustId) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(visitBody(List.of()))
                .post("/api/v1/trusts/" + trustId + "/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
