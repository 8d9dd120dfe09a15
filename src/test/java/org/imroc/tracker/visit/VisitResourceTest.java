package org.imroc.tracker.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Assess;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VisitResourceTest {

    @Test
    void visitAndItsAgreedActionsAreCreatedTogether() {
        String trust = TestData.createTrust(TestData.uniqueName("Visit"));
        Api.TestUser consultant = Api.createUser("CONSULTANT", List.of(trust));
        Response created = consultant
                .request()
                .contentType(ContentType.JSON)
                .body(Assess.visitBody(
                        List.of(Assess.agreedAction("Draft the peer role"), Assess.agreedAction("Cost 4 posts"))))
                .post("/api/v1/trusts/" + trust + "/visits");
        created.then()
                .statusCode(201)
                .body("consultantId", equalTo(consultant.id()))
                .body("challengesDiscussed", contains(3, 6))
                .body("attendees.name", contains("Ann Peer", "Dr Lee"))
                .body("actionIds", hasSize(2));
        String visit = created.path("id");
        List<String> actionIds = created.jsonPath().getList("actionIds");
        asAdmin()
                .queryParam("visitId", visit)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(200)
                .body("items.id", contains(actionIds.toArray()))
                .body("items.title", contains("Draft the peer role", "Cost 4 posts"))
                .body("items.visitId", contains(visit, visit))
                .body("items.status", contains("OPEN", "OPEN"));
    }

    @Test
    void aRetriedVisitCreatesNothingTwice() {
        String trust = TestData.createTrust(TestData.uniqueName("Train"));
        Api.TestUser consultant = Api.createUser("CONSULTANT", List.of(trust));
        Map<String, Object> body = Assess.visitBody(List.of(Assess.agreedAction("Agree the budget")));
        String key = UUID.randomUUID().toString();
        String first = consultant
                .request()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String again = consultant
                .request()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .extract()
                .path("id");
        assertThat(again).isEqualTo(first);
        asAdmin().get("/api/v1/trusts/" + trust + "/visits").then().body("items", hasSize(1));
        asAdmin().get("/api/v1/trusts/" + trust + "/actions").then().body("items", hasSize(1));
    }

    @Test
    void badVisitsAre422() {
        String trust = TestData.createTrust(TestData.uniqueName("BadVisit"));
        List<Map<String, String>> crowd = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            crowd.add(Map.of("name", "Person " + i));
        }
        Map<String, Object> body = new HashMap<>(Assess.visitBody(List.of()));
        body.put("attendees", crowd);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("attendees"));
        body.put("attendees", List.of());
        body.put("challengesDiscussed", List.of(11));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("challengesDiscussed[0]"));
        body.put("challengesDiscussed", List.of());
        body.put("type", "PICNIC");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("type"));
        body.put("type", "REVIEW");
        body.put("summary", "s".repeat(20_001));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("summary"));
        body.put("summary", "ok");
        body.put("consultantId", Api.createUser("CONSULTANT", List.of()).id());
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("consultantId"));
        body.remove("consultantId");
        body.put("agreedActions", List.of(Map.of("title", "No owner", "dueOn", "2027-01-01")));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("agreedActions[0].owner"));
        asAdmin().get("/api/v1/trusts/" + trust + "/visits").then().body("items", hasSize(0));
    }

    @Test
    void leadsReadTheirTrustsVisitsButDoNotWriteThem() {
        String trust = TestData.createTrust(TestData.uniqueName("LeadVisit"));
        String other = TestData.createTrust(TestData.uniqueName("OtherVisit"));
        String visit = Assess.visit(trust);
        String theirs = Assess.visit(other);
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(trust));
        lead.request().get("/api/v1/visits/" + visit).then().statusCode(200);
        lead.request().get("/api/v1/visits/" + theirs).then().statusCode(404);
        lead.request()
                .contentType(ContentType.JSON)
                .body(Assess.visitBody(List.of()))
                .post("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(403);
        lead.request()
                .get("/api/v1/visits")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(visit))
                .body("items.id", not(hasItem(theirs)));
        Map<String, Object> action = org.imroc.tracker.support.Pdsa.actionBody();
        action.put("visitId", theirs);
        lead.request()
                .contentType(ContentType.JSON)
                .body(action)
                .post("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("visitId"));
    }

    @Test
    void theDiaryShowsAConsultantsVisitsAcrossTheirTrusts() {
        String north = TestData.createTrust(TestData.uniqueName("DiaryN"));
        String south = TestData.createTrust(TestData.uniqueName("DiaryS"));
        Api.TestUser consultant = Api.createUser("CONSULTANT", List.of(north, south));
        String a = consultant
                .request()
                .contentType(ContentType.JSON)
                .body(Assess.visitBody(List.of()))
                .post("/api/v1/trusts/" + north + "/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> later = new HashMap<>(Assess.visitBody(List.of()));
        later.put("visitedOn", "2026-12-05");
        String b = consultant
                .request()
                .contentType(ContentType.JSON)
                .body(later)
                .post("/api/v1/trusts/" + south + "/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Assess.visit(north);
        consultant
                .request()
                .queryParam("consultantId", "me")
                .get("/api/v1/visits")
                .then()
                .statusCode(200)
                .body("items.id", contains(a, b));
        consultant
                .request()
                .queryParam("consultantId", "me")
                .queryParam("from", "2026-12-01")
                .get("/api/v1/visits")
                .then()
                .body("items.id", contains(b));
        consultant
                .request()
                .queryParam("consultantId", "me")
                .queryParam("trustId", north)
                .get("/api/v1/visits")
                .then()
                .body("items.id", contains(a));
        asAdmin()
                .queryParam("consultantId", consultant.id())
                .get("/api/v1/visits")
                .then()
                .body("items", hasSize(2));
        asAdmin()
                .queryParam("consultantId", "someone")
                .get("/api/v1/visits")
                .then()
                .statusCode(400);
    }

    @Test
    void visitWithAgreedActionsCannotBeDeletedButAnEmptyOneCan() {
        String trust = TestData.createTrust(TestData.uniqueName("DelVisit"));
        String withActions = asAdmin()
                .contentType(ContentType.JSON)
                .body(Assess.visitBody(List.of(Assess.agreedAction("Keep me"))))
                .post("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/visits/" + withActions)
                .then()
                .statusCode(409);
        String empty = Assess.visit(trust);
        move(empty, "\"0\"", "PLANNED").then().statusCode(200).body("status", equalTo("PLANNED"));
        asAdmin()
                .header("If-Match", "\"1\"")
                .delete("/api/v1/visits/" + empty)
                .then()
                .statusCode(204);
    }

    /** POST …/transitions of the visit, as an administrator. */
    private static Response move(String visit, String etag, String to) {
        return asAdmin()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("to", to))
                .post("/api/v1/visits/" + visit + "/transitions");
    }

    @Test
    void theStatusMovesOnlyThroughTransitions() {
        String trust = TestData.createTrust(TestData.uniqueName("VisitMove"));
        String visit = Assess.visit(trust); // logged COMPLETED
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"status\":\"PLANNED\"}")
                .patch("/api/v1/visits/" + visit)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("detail", containsString("POST /api/v1/visits/" + visit + "/transitions"));
        move(visit, "\"0\"", "CANCELLED")
                .then()
                .statusCode(409)
                .body("detail", containsString("from COMPLETED it may move to [PLANNED]"));
        move(visit, "\"0\"", "PLANNED")
                .then()
                .statusCode(200)
                .body("status", equalTo("PLANNED"))
                .header("ETag", equalTo("\"1\""));
        move(visit, "\"1\"", "LOST").then().statusCode(422).body("errors[0].field", equalTo("to"));
        move(visit, "\"0\"", "CANCELLED").then().statusCode(412);
        asAdmin()
                .queryParam("resourceId", visit)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("TRANSITIONED"));
    }

    @Test
    void visitListTakesTheSameStatementsForTwoOrTwentyVisits() {
        String trust = TestData.createTrust(TestData.uniqueName("VisitCount"));
        for (int i = 0; i < 2; i++) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(Assess.visitBody(List.of(Assess.agreedAction("A" + i))))
                    .post("/api/v1/trusts/" + trust + "/visits")
                    .then()
                    .statusCode(201);
        }
        long two = count(trust);
        for (int i = 0; i < 18; i++) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(Assess.visitBody(List.of(Assess.agreedAction("B" + i))))
                    .post("/api/v1/trusts/" + trust + "/visits")
                    .then()
                    .statusCode(201);
        }
        long twenty = count(trust);
        System.out.printf("statement-count: visit list of 2 = %d statements, of 20 = %d%n", two, twenty);
        assertThat(twenty).isEqualTo(two).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
    }

    private static long count(String trust) {
        return SqlStatements.during(() -> asAdmin()
                .queryParam("limit", 200)
                .get("/api/v1/trusts/" + trust + "/visits")
                .then()
                .statusCode(200));
    }
}
