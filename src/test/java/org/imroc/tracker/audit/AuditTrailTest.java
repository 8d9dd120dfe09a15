package org.imroc.tracker.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Test
    void everyChangeOfAnActionIsRecordedWithWhoWhatAndVersion() {
        String trust = TestData.createTrust(TestData.uniqueName("Audit"));
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(trust));
        String action = lead.request()
                .contentType(ContentType.JSON)
                .body(Pdsa.actionBody())
                .post("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        lead.request()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"owner\":\"Kim\",\"dueOn\":\"2027-02-01\"}")
                .patch("/api/v1/actions/" + action)
                .then()
                .statusCode(200);
        lead.request()
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("to", "DONE"))
                .post("/api/v1/actions/" + action + "/transitions")
                .then()
                .statusCode(200);
        lead.request()
                .header("If-Match", "\"2\"")
                .delete("/api/v1/actions/" + action)
                .then()
                .statusCode(204);

        lead.request()
                .queryParam("resourceId", action)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.kind", contains("CREATED", "UPDATED", "TRANSITIONED", "DELETED"))
                .body("items.version", contains(0, 1, 2, 2))
                .body("items[0].actor.name", equalTo(lead.username()))
                .body("items[0].actor.kind", equalTo("USER"))
                .body("items[0].trustId", equalTo(trust))
                .body("items[0].resourceType", equalTo("action"))
                .body("items[0].changedFields", hasItems("title", "owner", "dueOn"))
                .body("items[1].changedFields", contains("dueOn", "owner"))
                .body("items[2].changedFields", hasItem("status"));
    }

    @Test
    void trustsGoalsCyclesAndReviewsAreAuditedToo() {
        String trust = TestData.createTrust(TestData.uniqueName("AuditAll"));
        String goal = Pdsa.goal(trust);
        String cycle = Pdsa.reviewedCycle(goal, "ADOPT");
        asAdmin()
                .queryParam("trustId", trust)
                .queryParam("limit", 200)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.resourceType", hasItems("trust", "goal", "cycle", "review"));
        asAdmin()
                .queryParam("resourceId", cycle)
                .get("/api/v1/audit-events")
                .then()
                .body("items.kind", contains("CREATED", "TRANSITIONED", "UPDATED", "TRANSITIONED", "TRANSITIONED"));
    }

    @Test
    void aLeadSeesOnlyTheirOwnTrustsEvents() {
        String own = TestData.createTrust(TestData.uniqueName("AuditOwn"));
        String other = TestData.createTrust(TestData.uniqueName("AuditOther"));
        String theirs = Pdsa.action(other);
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(own));
        lead.request()
                .queryParam("resourceId", theirs)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        lead.request()
                .queryParam("trustId", other)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        asAdmin()
                .queryParam("resourceId", theirs)
                .get("/api/v1/audit-events")
                .then()
                .body("items", hasSize(1));
        asAdmin()
                .queryParam("from", "yesterday")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(400);
    }
}
