package org.imroc.tracker.caller;

import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Authorisation and scope come before validation: another Trust's caller gets 404 without the body being validated
 * (a malformed body is still refused as it is read, in time linear in its size), and a replayed Idempotency-Key is
 * checked against the caller's scope as it is now.
 */
@QuarkusTest
class ScopeFirstTest {

    @Test
    void anInvalidBodyForAnotherTrustIs404Not422() {
        String theirs = TestData.createTrust(TestData.uniqueName("Theirs"));
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(TestData.createTrust(TestData.uniqueName("Mine"))));
        lead.request()
                .contentType(ContentType.JSON)
                .body(Map.of("title", ""))
                .post("/api/v1/trusts/" + theirs + "/goals")
                .then()
                .statusCode(404);
        lead.request()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "t", "owner", "", "challengeNumber", 99))
                .post("/api/v1/trusts/" + theirs + "/actions")
                .then()
                .statusCode(404);
        String cycle = Pdsa.cycleInPlan(Pdsa.goal(theirs));
        lead.request()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x".repeat(3000)))
                .post("/api/v1/cycles/" + cycle + "/transitions")
                .then()
                .statusCode(404);
    }

    @Test
    void aReplayAfterTheTrustWasTakenAwayIs404() {
        String trust = TestData.createTrust(TestData.uniqueName("Replay"));
        Api.TestUser consultant = Api.createUser("CONSULTANT", List.of(trust));
        replayAfterLosingTheTrust(consultant, "/api/v1/trusts/" + trust + "/actions", Pdsa.actionBody());
    }

    @Test
    void aReplayedBatchOfObservationsAfterTheTrustWasTakenAwayIs404() {
        String trust = TestData.createTrust(TestData.uniqueName("ReplayObs"));
        String measure = Measures.monthly(trust);
        Api.TestUser consultant = Api.createUser("CONSULTANT", List.of(trust));
        replayAfterLosingTheTrust(
                        consultant,
                        "/api/v1/measures/" + measure + "/observations",
                        Map.of("observations", Measures.months("2026-01", "4", "6")))
                .body("trustId", equalTo(trust));
    }

    /**
     * Posts {@code body} with an Idempotency-Key (201), again with the same key (the first answer replayed), then
     * takes every Trust from the consultant and posts it a third time: 404. Returns the first answer.
     */
    private static ValidatableResponse replayAfterLosingTheTrust(Api.TestUser consultant, String path, Object body) {
        String key = UUID.randomUUID().toString();
        ValidatableResponse first = post(consultant, key, path, body).statusCode(201);
        post(consultant, key, path, body).statusCode(201).header("Idempotent-Replayed", "true");
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"trustIds\":[]}")
                .patch("/api/v1/users/" + consultant.id())
                .then()
                .statusCode(200);
        post(consultant, key, path, body).statusCode(404);
        return first;
    }

    private static ValidatableResponse post(Api.TestUser caller, String key, String path, Object body) {
        return caller.request()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }
}
