package org.imroc.tracker.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Assess;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentResourceTest {

    private static Response create(String trust, Object body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/trusts/" + trust + "/assessments");
    }

    private static Response agree(String id, String etag) {
        return asAdmin()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("to", "AGREED"))
                .post("/api/v1/assessments/" + id + "/transitions");
    }

    @Test
    void draftWithRatingsIsCreatedAndAgreed() {
        String trust = TestData.createTrust(TestData.uniqueName("Assess"));
        String id = create(trust, Assess.body("JOINT", "BASELINE", "2026-10-01", Assess.ratings("ENGAGEMENT")))
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("ratings", hasSize(10))
                .body("ratings.challengeNumber", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                .body("ratings[0].priority", equalTo(1))
                .extract()
                .path("id");
        agree(id, "\"0\"").then().statusCode(200).body("status", equalTo("AGREED"));
        asAdmin()
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body("{\"assessedOn\":\"2026-10-02\"}")
                .patch("/api/v1/assessments/" + id)
                .then()
                .statusCode(409);
        asAdmin()
                .header("If-Match", "\"1\"")
                .delete("/api/v1/assessments/" + id)
                .then()
                .statusCode(409);
        agree(id, "\"1\"").then().statusCode(409);
    }

    @Test
    void agreeingNeedsAllTenChallengesAndDistinctPriorities() {
        String trust = TestData.createTrust(TestData.uniqueName("Incomplete"));
        List<Map<String, Object>> nine =
                new ArrayList<>(Assess.ratings("DEVELOPMENT").subList(0, 9));
        String id = create(trust, Assess.body("SELF", "REVIEW", "2026-10-01", nine))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        agree(id, "\"0\"").then().statusCode(409).body("detail", containsString("[10]"));
        List<Map<String, Object>> all = Assess.ratings("DEVELOPMENT");
        Map<String, Object> tenth = new HashMap<>(all.get(9));
        tenth.put("priority", 1);
        all.set(9, tenth);
        String etag = asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("ratings", all))
                .patch("/api/v1/assessments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        asAdmin().get("/api/v1/assessments/" + id).then().header("ETag", equalTo(etag));
        agree(id, etag).then().statusCode(409).body("detail", containsString("priority 1"));
    }

    @Test
    void aTrustHasOneAgreedBaseline() {
        String trust = TestData.createTrust(TestData.uniqueName("Baseline"));
        Assess.agreed(trust, "JOINT", "BASELINE", "2026-01-10", "ENGAGEMENT");
        String second = Assess.draft(trust, "CONSULTANT", "BASELINE", "2026-02-10", "ENGAGEMENT");
        agree(second, "\"0\"").then().statusCode(409).body("detail", containsString("baseline"));
        Assess.agreed(trust, "SELF", "REVIEW", "2026-06-10", "DEVELOPMENT");
    }

    @Test
    void badRatingsAre422() {
        String trust = TestData.createTrust(TestData.uniqueName("BadRatings"));
        List<Map<String, Object>> eleven = new ArrayList<>(Assess.ratings("ENGAGEMENT"));
        eleven.add(Map.of("challengeNumber", 1, "stage", "ENGAGEMENT"));
        create(trust, Assess.body("SELF", "REVIEW", "2026-10-01", eleven))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("ratings"));
        List<Map<String, Object>> duplicate = List.of(
                Map.of("challengeNumber", 4, "stage", "ENGAGEMENT"),
                Map.of("challengeNumber", 4, "stage", "DEVELOPMENT"));
        create(trust, Assess.body("SELF", "REVIEW", "2026-10-01", duplicate))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("ratings"));
        create(
                        trust,
                        Assess.body(
                                "SELF",
                                "REVIEW",
                                "2026-10-01",
                                List.of(Map.of("challengeNumber", 2, "stage", "THRIVING"))))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("ratings[0].stage"));
        create(
                        trust,
                        Assess.body(
                                "SELF",
                                "REVIEW",
                                "2026-10-01",
                                List.of(Map.of("challengeNumber", 11, "stage", "ENGAGEMENT", "priority", 4))))
                .then()
                .statusCode(422)
                .body("errors.field", contains("ratings[0].challengeNumber", "ratings[0].priority"));
        create(
                        trust,
                        Map.of(
                                "assessedOn",
                                "2026-10-01",
                                "kind",
                                "SELF",
                                "context",
                                "REVIEW",
                                "visitId",
                                Assess.visit(TestData.createTrust(TestData.uniqueName("OtherVisit")))))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("visitId"));
    }

    @Test
    void trustLeadsRecordSelfAssessmentsOnly() {
        String trust = TestData.createTrust(TestData.uniqueName("LeadAssess"));
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(trust));
        String self = lead.request()
                .contentType(ContentType.JSON)
                .body(Assess.body("SELF", "REVIEW", "2026-10-01", Assess.ratings("ENGAGEMENT")))
                .post("/api/v1/trusts/" + trust + "/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        lead.request()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("to", "AGREED"))
                .post("/api/v1/assessments/" + self + "/transitions")
                .then()
                .statusCode(200);
        lead.request()
                .contentType(ContentType.JSON)
                .body(Assess.body("JOINT", "REVIEW", "2026-10-01", Assess.ratings("ENGAGEMENT")))
                .post("/api/v1/trusts/" + trust + "/assessments")
                .then()
                .statusCode(403);
        String joint = Assess.draft(trust, "JOINT", "REVIEW", "2026-10-02", "ENGAGEMENT");
        lead.request()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{}")
                .patch("/api/v1/assessments/" + joint)
                .then()
                .statusCode(403);
        lead.request().get("/api/v1/assessments/" + joint).then().statusCode(200);
        Api.TestUser consultant = Api.createUser("CONSULTANT", List.of(trust));
        consultant
                .request()
                .contentType(ContentType.JSON)
                .body(Assess.body("CONSULTANT", "REVIEW", "2026-10-01", Assess.ratings("ENGAGEMENT")))
                .post("/api/v1/trusts/" + trust + "/assessments")
                .then()
                .statusCode(201);
    }

    @Test
    void listFiltersByKindContextStatusAndDate() {
        String trust = TestData.createTrust(TestData.uniqueName("AssessList"));
        String baseline = Assess.agreed(trust, "JOINT", "BASELINE", "2026-01-10", "ENGAGEMENT");
        String draft = Assess.draft(trust, "SELF", "REVIEW", "2026-06-10", "DEVELOPMENT");
        String path = "/api/v1/trusts/" + trust + "/assessments";
        asAdmin().get(path).then().statusCode(200).body("items.id", contains(baseline, draft));
        asAdmin().queryParam("kind", "SELF").get(path).then().body("items.id", contains(draft));
        asAdmin().queryParam("context", "BASELINE").get(path).then().body("items.id", contains(baseline));
        asAdmin().queryParam("status", "AGREED").get(path).then().body("items.id", contains(baseline));
        asAdmin()
                .queryParam("from", "2026-02-01")
                .queryParam("to", "2026-12-31")
                .get(path)
                .then()
                .body("items.id", contains(draft));
        asAdmin().queryParam("kind", "PEER").get(path).then().statusCode(400);
    }
}
