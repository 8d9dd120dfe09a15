package org.imroc.tracker.support;

import static org.imroc.tracker.support.Api.asAdmin;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds goals, cycles in each phase, reviews and actions through the API, as an administrator. */
public final class Pdsa {

    private Pdsa() {}

    public static Map<String, Object> goalBody(int challenge) {
        Map<String, Object> body = new HashMap<>();
        body.put("challengeNumber", challenge);
        body.put("title", "Peer support workers in every team");
        body.put("aimStatement", "Fund and fill 20 WTE peer support posts by March 2027");
        body.put("targetValue", 20);
        body.put("unit", "WTE");
        body.put("targetDate", "2027-03-31");
        body.put("priority", 1);
        body.put("owner", "Director of Nursing");
        return body;
    }

    public static String goal(String trustId) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(goalBody(6))
                .post("/api/v1/trusts/" + trustId + "/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A cycle body whose plan is complete enough to start (objective, a question with a prediction). */
    public static Map<String, Object> cycleBody() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("objective", "Learn whether a peer-led welcome group helps new inpatients");
        plan.put(
                "questions",
                List.of(
                        Map.of(
                                "question",
                                "Will half of new admissions attend?",
                                "prediction",
                                "About 60% will attend"),
                        Map.of("question", "Will staff refer people?", "prediction", "Yes, once reminded")));
        plan.put("who", "Ward 3 peer workers");
        plan.put("where", "Ward 3");
        plan.put("plannedStart", "2026-12-01");
        plan.put("plannedEnd", "2026-12-14");
        plan.put("dataCollectionPlan", "Attendance sheet; two-question survey");
        return Map.of(
                "title",
                "Welcome group on Ward 3",
                "changeIdea",
                "Peer-led welcome group twice a week",
                "purpose",
                "TEST",
                "plan",
                plan);
    }

    public static String cycleInPlan(String goalId) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(cycleBody())
                .post("/api/v1/goals/" + goalId + "/cycles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String move(String cycleId, String to) {
        String etag = etag("/api/v1/cycles/" + cycleId);
        return asAdmin()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("to", to))
                .post("/api/v1/cycles/" + cycleId + "/transitions")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static String cycleInStudy(String goalId) {
        String cycle = cycleInPlan(goalId);
        move(cycle, "DO");
        asAdmin()
                .header("If-Match", etag("/api/v1/cycles/" + cycle))
                .contentType("application/merge-patch+json")
                .body("{\"do\":{\"startedOn\":\"2026-12-01\",\"carriedOutAsPlanned\":true,"
                        + "\"observations\":\"7 of 12 new admissions came\"}}")
                .patch("/api/v1/cycles/" + cycle)
                .then()
                .statusCode(200);
        move(cycle, "STUDY");
        return cycle;
    }

    public static Map<String, Object> reviewBody(String decision) {
        return Map.of(
                "reviewedOn",
                "2026-12-20",
                "reviewers",
                List.of("Ann Peer", "Dr Lee"),
                "results",
                List.of(Map.of(
                        "question",
                        "Will half of new admissions attend?",
                        "outcome",
                        "58% attended",
                        "learning",
                        "Evening sessions suit more people")),
                "matchedPredictions",
                "PARTLY",
                "summary",
                "Promising",
                "decision",
                decision,
                "nextSteps",
                "Add an evening session");
    }

    /** A reviewed cycle (now in ACT); returns the cycle id. */
    public static String reviewedCycle(String goalId, String decision) {
        String cycle = cycleInStudy(goalId);
        asAdmin()
                .header("If-Match", etag("/api/v1/cycles/" + cycle))
                .contentType(ContentType.JSON)
                .body(reviewBody(decision))
                .post("/api/v1/cycles/" + cycle + "/review")
                .then()
                .statusCode(201);
        return cycle;
    }

    public static Map<String, Object> actionBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Book the room for the welcome group");
        body.put("owner", "Sam Ward");
        body.put("dueOn", "2027-01-15");
        return body;
    }

    public static String action(String trustId) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(actionBody())
                .post("/api/v1/trusts/" + trustId + "/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String etag(String path) {
        return asAdmin().get(path).then().statusCode(200).extract().header("ETag");
    }
}
