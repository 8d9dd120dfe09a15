package org.imroc.tracker.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.imroc.tracker.support.Assess;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.imroc.tracker.support.Units;
import org.junit.jupiter.api.Test;

/** Teams' TRIPs: assessments of a unit, the unit's own profile, the Trust's TRIP coverage. */
@QuarkusTest
class TripTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void aTeamsTripIsItsOwnProfileAndNotTheTrusts() {
        String trust = TestData.createTrust(TestData.uniqueName("TRIP profile"));
        String team = Units.create(trust, "Assertive Outreach", "TEAM", null);
        Assess.agreed(trust, "SELF", "BASELINE", TODAY.minusMonths(6).toString(), "ENGAGEMENT");
        String baseline = trip(trust, team, "BASELINE", TODAY.minusMonths(5), "NOT_STARTED", true);
        trip(trust, team, "REVIEW", TODAY.minusMonths(1), "DEVELOPMENT", true);
        asAdmin()
                .get("/api/v1/units/" + team + "/challenge-profile")
                .then()
                .statusCode(200)
                .body("trustId", equalTo(trust))
                .body("unitId", equalTo(team))
                .body("challenges[0].baselineStage", equalTo("NOT_STARTED"))
                .body("challenges[0].currentStage", equalTo("DEVELOPMENT"))
                .body("challenges[0].change", equalTo(2))
                .body("challenges[0].history", hasSize(2));
        asAdmin()
                .get("/api/v1/trusts/" + trust + "/challenge-profile")
                .then()
                .statusCode(200)
                .body("unitId", nullValue())
                .body("challenges[0].currentStage", equalTo("ENGAGEMENT"))
                .body("challenges[0].history", hasSize(1));
        asAdmin()
                .accept("image/svg+xml")
                .get("/api/v1/units/" + team + "/challenge-profile")
                .then()
                .statusCode(200)
                .body(containsString("Assertive Outreach"));
        asAdmin()
                .queryParam("unitId", team)
                .get("/api/v1/trusts/" + trust + "/assessments")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(baseline))
                .body("items[0].unitId", equalTo(team));
    }

    @Test
    void eachTeamAndTheTrustHaveOneAgreedBaselineOfTheirOwn() {
        String trust = TestData.createTrust(TestData.uniqueName("TRIP baselines"));
        String team = Units.create(trust, "Crisis Team", "TEAM", null);
        String other = Units.create(trust, "Home Treatment", "TEAM", null);
        Assess.agreed(trust, "SELF", "BASELINE", TODAY.minusMonths(3).toString(), "ENGAGEMENT");
        trip(trust, team, "BASELINE", TODAY.minusMonths(2), "ENGAGEMENT", true);
        trip(trust, other, "BASELINE", TODAY.minusMonths(2), "ENGAGEMENT", true);
        String second = trip(trust, team, "BASELINE", TODAY.minusMonths(1), "DEVELOPMENT", false);
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("to", "AGREED"))
                .post("/api/v1/assessments/" + second + "/transitions")
                .then()
                .statusCode(409)
                .body("detail", containsString("This unit already has an agreed baseline"));
    }

    @Test
    void aTripNeedsAnOpenUnitOfTheSameTrust() {
        String trust = TestData.createTrust(TestData.uniqueName("TRIP units"));
        String other = TestData.createTrust(TestData.uniqueName("TRIP units other"));
        String foreign = Units.create(other, "Their Team", "TEAM", null);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body(foreign, "BASELINE", TODAY, "ENGAGEMENT"))
                .post("/api/v1/trusts/" + trust + "/assessments")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitId"));
        String closed = Units.create(trust, "Old Team", "TEAM", null);
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + closed))
                .contentType("application/merge-patch+json")
                .body(Map.of("closedOn", TODAY.toString()))
                .patch("/api/v1/units/" + closed)
                .then()
                .statusCode(200);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body(closed, "BASELINE", TODAY, "ENGAGEMENT"))
                .post("/api/v1/trusts/" + trust + "/assessments")
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("takes no new records"));
        asAdmin().get("/api/v1/units/" + foreign + "/challenge-profile").then().statusCode(200);
    }

    @Test
    void aTeamWithATripIsClosedNotDeleted() {
        String trust = TestData.createTrust(TestData.uniqueName("TRIP delete"));
        String team = Units.create(trust, "Recovery Team", "TEAM", null);
        trip(trust, team, "BASELINE", TODAY, "ENGAGEMENT", false);
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/units/" + team)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 TRIP assessment belong"));
    }

    @Test
    void coverageCountsOpenTeamsWithATripAgreedInTheLastTwelveMonths() {
        String trust = TestData.createTrust(TestData.uniqueName("TRIP coverage"));
        String current = Units.create(trust, "Team Current", "TEAM", null);
        String stale = Units.create(trust, "Team Stale", "TEAM", null);
        String draftOnly = Units.create(trust, "Team Draft", "TEAM", null);
        Units.create(trust, "Team None", "TEAM", null);
        String ward = Units.create(trust, "Rowan Ward", "WARD", null);
        trip(trust, current, "BASELINE", TODAY.minusMonths(14), "NOT_STARTED", true);
        trip(trust, current, "REVIEW", TODAY.minusMonths(2), "DEVELOPMENT", true);
        trip(trust, stale, "BASELINE", TODAY.minusMonths(13), "ENGAGEMENT", true);
        trip(trust, draftOnly, "BASELINE", TODAY.minusMonths(1), "TRANSFORMATION", false);
        trip(trust, ward, "BASELINE", TODAY.minusMonths(1), "TRANSFORMATION", true);
        asAdmin()
                .get("/api/v1/trusts/" + trust + "/trip-coverage")
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("trustId", equalTo(trust))
                .body("asOf", equalTo(TODAY.toString()))
                .body("openTeams", equalTo(4))
                .body("teamsWithCurrentTrip", equalTo(1))
                .body("percentWithCurrentTrip", equalTo(25.0f))
                .body("challenges", hasSize(10))
                .body("challenges[0].challengeNumber", equalTo(1))
                .body("challenges[0].teamsRated", equalTo(1))
                .body("challenges[0].development", equalTo(1))
                .body("challenges[0].notStarted", equalTo(0))
                .body("challenges[0].engagement", equalTo(0))
                .body("challenges[0].transformation", equalTo(0));
    }

    private static Map<String, Object> body(String unitId, String context, LocalDate on, String stage) {
        Map<String, Object> body = new HashMap<>(Assess.body("SELF", context, on.toString(), Assess.ratings(stage)));
        body.put("unitId", unitId);
        return body;
    }

    private static String trip(String trust, String unit, String context, LocalDate on, String stage, boolean agree) {
        String id = asAdmin()
                .contentType(ContentType.JSON)
                .body(body(unit, context, on, stage))
                .post("/api/v1/trusts/" + trust + "/assessments")
                .then()
                .statusCode(201)
                .body("unitId", equalTo(unit))
                .extract()
                .path("id");
        if (agree) {
            asAdmin()
                    .header("If-Match", "\"0\"")
                    .contentType(ContentType.JSON)
                    .body(Map.of("to", "AGREED"))
                    .post("/api/v1/assessments/" + id + "/transitions")
                    .then()
                    .statusCode(200);
        }
        return id;
    }
}
