package org.imroc.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Assess;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.imroc.tracker.support.Units;
import org.junit.jupiter.api.Test;

/**
 * A unit lead (UNIT_LEAD) of ward W1 on site S, which has a sibling ward W2; team T1 sits under W1. It reads all of
 * its Trust, writes only on W1 and below, and does not see Trust B.
 */
@QuarkusTest
class UnitLeadTest {

    private static final String NOT_ON_YOUR_UNITS = "urn:imroc-tracker:problem:not-on-your-units";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static String trustA;
    private static String trustB;
    private static String site;
    private static String w1;
    private static String w2;
    private static String t1;
    private static String wardB;
    private static Api.TestUser lead;

    /** Built on first use: RestAssured knows the test port only once a test method runs. */
    private static synchronized void fixture() {
        if (lead != null) {
            return;
        }
        trustA = TestData.createTrust(TestData.uniqueName("Unit lead A"));
        trustB = TestData.createTrust(TestData.uniqueName("Unit lead B"));
        site = Units.create(trustA, "Site " + UUID.randomUUID(), "SITE", null);
        w1 = Units.create(trustA, "W1 " + UUID.randomUUID(), "WARD", site);
        w2 = Units.create(trustA, "W2 " + UUID.randomUUID(), "WARD", site);
        t1 = Units.create(trustA, "T1 " + UUID.randomUUID(), "TEAM", w1);
        wardB = Units.ward(trustB);
        lead = Api.createUnitLead(trustA, List.of(w1));
    }

    @Test
    void writesGoalsOnItsWardAndBelow() {
        fixture();
        String goal = create(lead.token(), "/api/v1/trusts/" + trustA + "/goals", on(Pdsa.goalBody(2), w1))
                .then()
                .statusCode(201)
                .body("unitId", equalTo(w1))
                .extract()
                .path("id");
        patch(lead.token(), "/api/v1/goals/" + goal, "{\"owner\":\"Ward manager\"}")
                .then()
                .statusCode(200)
                .body("owner", equalTo("Ward manager"));
        patch(lead.token(), "/api/v1/goals/" + goal, "{\"unitId\":\"" + t1 + "\"}") // down its own subtree
                .then()
                .statusCode(200)
                .body("unitId", equalTo(t1));
        command(lead.token(), "/api/v1/goals/" + goal + "/transitions", Map.of("to", "ACHIEVED"))
                .then()
                .statusCode(200);
        delete(lead.token(), "/api/v1/goals/" + goal).then().statusCode(204);

        create(lead.token(), "/api/v1/trusts/" + trustA + "/goals", on(Pdsa.goalBody(2), t1))
                .then()
                .statusCode(201);
    }

    @Test
    void isRefusedOnASiblingTheParentAndTheTrustAsAWhole() {
        fixture();
        for (String unit : new String[] {w2, site, null}) {
            Response refused = create(lead.token(), "/api/v1/trusts/" + trustA + "/goals", on(Pdsa.goalBody(2), unit));
            assertThat(refused.statusCode()).as("create on " + unit).isEqualTo(403);
            assertThat(refused.jsonPath().getString("type")).isEqualTo(NOT_ON_YOUR_UNITS);
        }
        for (String unit : new String[] {w2, site, null}) {
            String goal = adminCreates("/api/v1/trusts/" + trustA + "/goals", on(Pdsa.goalBody(2), unit));
            patch(lead.token(), "/api/v1/goals/" + goal, "{\"owner\":\"Not mine\"}")
                    .then()
                    .statusCode(403)
                    .body("type", equalTo(NOT_ON_YOUR_UNITS));
            command(lead.token(), "/api/v1/goals/" + goal + "/transitions", Map.of("to", "ACHIEVED"))
                    .then()
                    .statusCode(403);
            delete(lead.token(), "/api/v1/goals/" + goal).then().statusCode(403);
            asAdmin().get("/api/v1/goals/" + goal).then().statusCode(200).body("owner", not(equalTo("Not mine")));
        }
    }

    @Test
    void cannotMoveItsRecordToAnotherUnit() {
        fixture();
        String goal = create(lead.token(), "/api/v1/trusts/" + trustA + "/goals", on(Pdsa.goalBody(2), w1))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String elsewhere : new String[] {"\"" + w2 + "\"", "\"" + site + "\"", "null"}) {
            patch(lead.token(), "/api/v1/goals/" + goal, "{\"unitId\":" + elsewhere + "}")
                    .then()
                    .statusCode(403)
                    .body("type", equalTo(NOT_ON_YOUR_UNITS));
        }
        asAdmin().get("/api/v1/goals/" + goal).then().statusCode(200).body("unitId", equalTo(w1));
    }

    @Test
    void writesCyclesAndActionsOnItsWardOnly() {
        fixture();
        String goal = adminCreates("/api/v1/trusts/" + trustA + "/goals", on(Pdsa.goalBody(2), w1));
        String cycle = create(lead.token(), "/api/v1/goals/" + goal + "/cycles", Pdsa.cycleBody())
                .then()
                .statusCode(201)
                .body("unitId", equalTo(w1)) // the goal's ward, taken over
                .extract()
                .path("id");
        patch(lead.token(), "/api/v1/cycles/" + cycle, "{\"title\":\"Welcome group on W1\"}")
                .then()
                .statusCode(200);
        command(lead.token(), "/api/v1/cycles/" + cycle + "/transitions", Map.of("to", "DO"))
                .then()
                .statusCode(200);
        String other = Pdsa.cycleInPlan(goal);
        delete(lead.token(), "/api/v1/cycles/" + other).then().statusCode(204);

        String siblingGoal = adminCreates("/api/v1/trusts/" + trustA + "/goals", on(Pdsa.goalBody(2), w2));
        create(lead.token(), "/api/v1/goals/" + siblingGoal + "/cycles", Pdsa.cycleBody())
                .then()
                .statusCode(403);
        String siblingCycle = Pdsa.cycleInPlan(siblingGoal);
        patch(lead.token(), "/api/v1/cycles/" + siblingCycle, "{\"title\":\"Not mine\"}")
                .then()
                .statusCode(403);

        // a cycle's own unit decides: one on W1 under a goal of the whole Trust is the lead's
        String trustGoal = adminCreates("/api/v1/trusts/" + trustA + "/goals", Pdsa.goalBody(2));
        create(lead.token(), "/api/v1/goals/" + trustGoal + "/cycles", on(Pdsa.cycleBody(), w1))
                .then()
                .statusCode(201);
        create(lead.token(), "/api/v1/goals/" + trustGoal + "/cycles", Pdsa.cycleBody())
                .then()
                .statusCode(403);

        String action = create(lead.token(), "/api/v1/trusts/" + trustA + "/actions", on(Pdsa.actionBody(), t1))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        command(lead.token(), "/api/v1/actions/" + action + "/transitions", Map.of("to", "IN_PROGRESS"))
                .then()
                .statusCode(200);
        patch(lead.token(), "/api/v1/actions/" + action, "{\"unitId\":\"" + w2 + "\"}")
                .then()
                .statusCode(403);
        delete(lead.token(), "/api/v1/actions/" + action).then().statusCode(204);
        delete(
                        lead.token(),
                        "/api/v1/actions/"
                                + adminCreates("/api/v1/trusts/" + trustA + "/actions", on(Pdsa.actionBody(), w1)))
                .then()
                .statusCode(204);
        create(lead.token(), "/api/v1/trusts/" + trustA + "/actions", on(Pdsa.actionBody(), w2))
                .then()
                .statusCode(403);
        create(lead.token(), "/api/v1/trusts/" + trustA + "/actions", Pdsa.actionBody())
                .then()
                .statusCode(403);
    }

    @Test
    void recordsTripsOfItsWardOnly() {
        fixture();
        create(
                        lead.token(),
                        "/api/v1/trusts/" + trustA + "/assessments",
                        on(Assess.body("SELF", "REVIEW", "2026-09-01", Assess.ratings("ENGAGEMENT")), w1))
                .then()
                .statusCode(201)
                .body("unitId", equalTo(w1));
        create(
                        lead.token(),
                        "/api/v1/trusts/" + trustA + "/assessments",
                        on(Assess.body("SELF", "REVIEW", "2026-09-01", Assess.ratings("ENGAGEMENT")), w2))
                .then()
                .statusCode(403)
                .body("type", equalTo(NOT_ON_YOUR_UNITS));
    }

    @Test
    void readsItsWholeTrustAndNothingOfAnother() {
        fixture();
        String trustGoal = adminCreates("/api/v1/trusts/" + trustA + "/goals", Pdsa.goalBody(2));
        lead.request().get("/api/v1/goals/" + trustGoal).then().statusCode(200);
        lead.request()
                .get("/api/v1/trusts/" + trustA + "/goals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(trustGoal));
        lead.request().get("/api/v1/trusts/" + trustA + "/actions").then().statusCode(200);

        String goalB = adminCreates("/api/v1/trusts/" + trustB + "/goals", on(Pdsa.goalBody(2), wardB));
        lead.request().get("/api/v1/goals/" + goalB).then().statusCode(404);
        patch(lead.token(), "/api/v1/goals/" + goalB, "{\"owner\":\"x\"}")
                .then()
                .statusCode(404);
        create(lead.token(), "/api/v1/trusts/" + trustB + "/goals", on(Pdsa.goalBody(2), wardB))
                .then()
                .statusCode(404);
        lead.request().get("/api/v1/trusts/" + trustB + "/goals").then().statusCode(404);
    }

    @Test
    void mayNotWriteTrustLevelResources() {
        fixture();
        create(lead.token(), "/api/v1/trusts/" + trustA + "/units", Units.body("New " + UUID.randomUUID(), "WARD", w1))
                .then()
                .statusCode(403);
        create(lead.token(), "/api/v1/trusts/" + trustA + "/measures", Map.of("templateCode", "prone-restraint"))
                .then()
                .statusCode(403);
        create(lead.token(), "/api/v1/trusts/" + trustA + "/visits", Assess.visitBody(List.of()))
                .then()
                .statusCode(403);
        lead.request().get("/api/v1/users").then().statusCode(403);
    }

    /** A unit lead's units come with the user in the one statement that resolves a caller: none more than a Trust lead's. */
    @Test
    void aUnitLeadIsResolvedInAsManyStatementsAsATrustLead() {
        fixture();
        Api.TestUser freshUnitLead = Api.createUnitLead(trustA, List.of(w1, w2));
        Api.TestUser freshTrustLead = Api.createUser("TRUST_LEAD", List.of(trustA));
        long unitLead = SqlStatements.during(
                () -> freshUnitLead.request().get("/api/v1/me").then().statusCode(200));
        long trustLead = SqlStatements.during(
                () -> freshTrustLead.request().get("/api/v1/me").then().statusCode(200));
        assertThat(unitLead).isEqualTo(trustLead).isEqualTo(SqlStatements.CALLER_LOOKUP + 1);
    }

    @Test
    void meShowsItsUnits() {
        fixture();
        lead.request()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("UNIT_LEAD"))
                .body("trustIds", equalTo(List.of(trustA)))
                .body("unitIds", equalTo(List.of(w1)));
        asAdmin().get("/api/v1/me").then().statusCode(200).body("unitIds", equalTo(List.of()));
    }

    @Test
    void aTrustLeadManagesTheUnitLeadsOfItsOwnTrustOnly() {
        fixture();
        Api.TestUser trustLead = Api.createUser("TRUST_LEAD", List.of(trustA));
        String username = "ul" + UUID.randomUUID().toString().substring(0, 8);
        String created = create(
                        trustLead.token(),
                        "/api/v1/users",
                        Api.unitLeadBody(username, "a-password-123", trustA, List.of(w2)))
                .then()
                .statusCode(201)
                .body("role", equalTo("UNIT_LEAD"))
                .body("unitIds", equalTo(List.of(w2)))
                .extract()
                .path("id");
        String token = Api.signIn(username, "a-password-123");

        create(
                        trustLead.token(),
                        "/api/v1/users",
                        Api.unitLeadBody(
                                "ul" + UUID.randomUUID().toString().substring(0, 8),
                                "a-password-123",
                                trustB,
                                List.of(wardB)))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("trustIds"));
        Map<String, Object> consultant = Api.unitLeadBody(
                "ul" + UUID.randomUUID().toString().substring(0, 8), "a-password-123", trustA, List.of());
        consultant.put("role", "CONSULTANT");
        create(trustLead.token(), "/api/v1/users", consultant).then().statusCode(403);

        trustLead
                .request()
                .get("/api/v1/users")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(created))
                .body("items.id", not(hasItem(trustLead.id())))
                .body("items.role", not(hasItem("TRUST_LEAD")));
        trustLead.request().get("/api/v1/users/" + trustLead.id()).then().statusCode(404);
        Api.TestUser leadOfB = Api.createUnitLead(trustB, List.of(wardB));
        trustLead.request().get("/api/v1/users/" + leadOfB.id()).then().statusCode(404);
        patch(trustLead.token(), "/api/v1/users/" + created, "{\"role\":\"TRUST_LEAD\",\"unitIds\":[]}")
                .then()
                .statusCode(403);

        Api.as(token).get("/api/v1/me").then().statusCode(200);
        patch(trustLead.token(), "/api/v1/users/" + created, "{\"active\":false}")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        Api.as(token).get("/api/v1/me").then().statusCode(401); // a disabled unit lead is refused at once
    }

    @Test
    void unitLeadsAreValidated() {
        fixture();
        String closed = Units.create(trustA, "Closed " + UUID.randomUUID(), "WARD", site);
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + closed))
                .contentType(MERGE_PATCH)
                .body("{\"closedOn\":\"" + java.time.LocalDate.now() + "\"}")
                .patch("/api/v1/units/" + closed)
                .then()
                .statusCode(200);
        String username = "ul" + UUID.randomUUID().toString().substring(0, 8);
        assertInvalid(Api.unitLeadBody(username, "a-password-123", trustA, List.of()), "unitIds");
        assertInvalid(Api.unitLeadBody(username, "a-password-123", trustA, List.of(wardB)), "unitIds");
        assertInvalid(Api.unitLeadBody(username, "a-password-123", trustA, List.of(closed)), "unitIds");
        assertInvalid(
                Api.unitLeadBody(
                        username,
                        "a-password-123",
                        trustA,
                        List.of(UUID.randomUUID().toString())),
                "unitIds");
        Map<String, Object> twoTrusts = Api.unitLeadBody(username, "a-password-123", trustA, List.of(w1));
        twoTrusts.put("trustIds", List.of(trustA, trustB));
        assertInvalid(twoTrusts, "trustIds");
        Map<String, Object> consultantWithUnits = Api.unitLeadBody(username, "a-password-123", trustA, List.of(w1));
        consultantWithUnits.put("role", "CONSULTANT");
        assertInvalid(consultantWithUnits, "unitIds");
        asAdmin().get("/api/v1/users").then().statusCode(200).body("items.username", not(hasItem(username)));
    }

    @Test
    void aUnitWithAUnitLeadIsNotDeleted() {
        fixture();
        String ward = Units.ward(trustA);
        Api.createUnitLead(trustA, List.of(ward));
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/units/" + ward)
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("1 unit lead"));
    }

    private static void assertInvalid(Map<String, Object> body, String field) {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/users")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem(field));
    }

    private static Map<String, Object> on(Map<String, Object> body, String unitId) {
        Map<String, Object> placed = new HashMap<>(body);
        if (unitId != null) {
            placed.put("unitId", unitId);
        }
        return placed;
    }

    private static String adminCreates(String path, Map<String, Object> body) {
        return create(Api.adminToken(), path, body)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response create(String token, String path, Object body) {
        return Api.as(token).contentType(ContentType.JSON).body(body).post(path);
    }

    private static Response patch(String token, String path, String body) {
        return Api.as(token)
                .header("If-Match", Pdsa.etag(path))
                .contentType(MERGE_PATCH)
                .body(body)
                .patch(path);
    }

    private static Response command(String token, String path, Map<String, Object> body) {
        String item = path.substring(0, path.lastIndexOf('/'));
        return Api.as(token)
                .header("If-Match", Pdsa.etag(item))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path);
    }

    private static Response delete(String token, String path) {
        return Api.as(token).header("If-Match", Pdsa.etag(path)).delete(path);
    }
}
