package org.imroc.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Goals, PDSA cycles, actions and visits on a Trust's units (issue 23): the unit given, checked (same Trust, open),
 * moved and cleared by PATCH, filtered with and without subunits, and a unit with records refused deletion.
 */
@QuarkusTest
class RecordsOnUnitsTest {

    /** The four kinds of record, each created, listed and read through its own endpoints. */
    enum Kind {
        GOAL("goals", "goal"),
        CYCLE("cycles", "PDSA cycle"),
        ACTION("actions", "action"),
        VISIT("visits", "visit");

        final String plural;
        final String label;

        Kind(String plural, String label) {
            this.plural = plural;
            this.label = label;
        }

        Map<String, Object> body() {
            return switch (this) {
                case GOAL -> Pdsa.goalBody(6);
                case CYCLE -> new HashMap<>(Pdsa.cycleBody());
                case ACTION -> Pdsa.actionBody();
                case VISIT -> Assess.visitBody(List.of());
            };
        }

        /** POSTs a new record of the Trust (a cycle: of a goal of the Trust with no unit), on {@code unitId}. */
        Response post(String trust, String unitId) {
            Map<String, Object> body = body();
            if (unitId != null) {
                body.put("unitId", unitId);
            }
            String path = this == CYCLE
                    ? "/api/v1/goals/" + Pdsa.goal(trust) + "/cycles"
                    : "/api/v1/trusts/" + trust + "/" + plural;
            return asAdmin().contentType(ContentType.JSON).body(body).post(path);
        }

        String create(String trust, String unitId) {
            return post(trust, unitId)
                    .then()
                    .statusCode(201)
                    .body("unitId", equalTo(unitId))
                    .extract()
                    .path("id");
        }

        String path(String id) {
            return "/api/v1/" + plural + "/" + id;
        }

        String list(String trust) {
            return "/api/v1/trusts/" + trust + "/" + plural;
        }
    }

    /** A site, a ward on it and a team in the ward: the tree the filters are tried on. */
    private record Tree(String trust, String site, String ward, String team) {

        static Tree of(String name) {
            String trust = TestData.createTrust(TestData.uniqueName(name));
            String site = Units.create(trust, "Site " + UUID.randomUUID(), "SITE", null);
            String ward = Units.create(trust, "Ward " + UUID.randomUUID(), "WARD", site);
            String team = Units.create(trust, "Team " + UUID.randomUUID(), "TEAM", ward);
            return new Tree(trust, site, ward, team);
        }
    }

    private static void close(String unit) {
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + unit))
                .contentType("application/merge-patch+json")
                .body(Map.of("closedOn", LocalDate.now().toString()))
                .patch("/api/v1/units/" + unit)
                .then()
                .statusCode(200)
                .body("open", equalTo(false));
    }

    private static Response patch(Kind kind, String id, String json) {
        return asAdmin()
                .header("If-Match", Pdsa.etag(kind.path(id)))
                .contentType("application/merge-patch+json")
                .body(json)
                .patch(kind.path(id));
    }

    private static List<String> ids(String path, Map<String, ?> query) {
        return asAdmin()
                .queryParams(query)
                .queryParam("limit", 200)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRecordIsCreatedOnAnOpenUnitOfItsTrustOnly(Kind kind) {
        Tree tree = Tree.of("On unit " + kind);
        String id = kind.create(tree.trust(), tree.ward());
        asAdmin().get(kind.path(id)).then().statusCode(200).body("unitId", equalTo(tree.ward()));
        assertThat(kind.create(tree.trust(), null)).isNotNull();

        String otherTrust = TestData.createTrust(TestData.uniqueName("Other unit " + kind));
        kind.post(otherTrust, tree.site())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitId"))
                .body("errors[0].message", equalTo("must be a unit of the same Trust"));
        kind.post(tree.trust(), UUID.randomUUID().toString())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitId"));

        close(tree.team());
        kind.post(tree.trust(), tree.team())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitId"))
                .body("errors[0].message", containsString("takes no new records"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void listsFilterByUnitAndWithSubunitsByItsWholeSubtree(Kind kind) {
        Tree tree = Tree.of("Filter " + kind);
        String onSite = kind.create(tree.trust(), tree.site());
        String onWard = kind.create(tree.trust(), tree.ward());
        String onTeam = kind.create(tree.trust(), tree.team());
        String onNone = kind.create(tree.trust(), null);
        String list = kind.list(tree.trust());

        assertThat(ids(list, Map.of())).containsExactly(onSite, onWard, onTeam, onNone);
        assertThat(ids(list, Map.of("unitId", tree.site()))).containsExactly(onSite);
        assertThat(ids(list, Map.of("unitId", tree.site(), "includeSubunits", false)))
                .containsExactly(onSite);
        assertThat(ids(list, Map.of("unitId", tree.site(), "includeSubunits", true)))
                .containsExactly(onSite, onWard, onTeam);
        assertThat(ids(list, Map.of("unitId", tree.ward(), "includeSubunits", true)))
                .containsExactly(onWard, onTeam);
        assertThat(ids(list, Map.of("unitId", tree.team()))).containsExactly(onTeam);

        // an unknown unit, or one of another Trust, matches nothing (never an error that says whether it exists)
        Tree other = Tree.of("Filter other " + kind);
        kind.create(other.trust(), other.site());
        for (boolean subunits : List.of(false, true)) {
            assertThat(ids(list, Map.of("unitId", UUID.randomUUID(), "includeSubunits", subunits)))
                    .isEmpty();
            assertThat(ids(list, Map.of("unitId", other.site(), "includeSubunits", subunits)))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void patchMovesARecordToAnotherUnitAndClearsIt(Kind kind) {
        Tree tree = Tree.of("Move " + kind);
        String id = kind.create(tree.trust(), tree.ward());
        patch(kind, id, "{\"unitId\":\"" + tree.site() + "\"}")
                .then()
                .statusCode(200)
                .body("unitId", equalTo(tree.site()));
        asAdmin()
                .queryParam("resourceId", id)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[-1].kind", equalTo("UPDATED"))
                .body("items[-1].changedFields", hasItem("unitId"));

        String otherTrust = TestData.createTrust(TestData.uniqueName("Move other " + kind));
        String foreign = Units.ward(otherTrust);
        patch(kind, id, "{\"unitId\":\"" + foreign + "\"}")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitId"));

        patch(kind, id, "{\"unitId\":null}").then().statusCode(200).body("unitId", nullValue());
        asAdmin().get(kind.path(id)).then().statusCode(200).body("unitId", nullValue());

        // a record on a unit that then closes keeps it and can still be edited; no record moves onto it
        String onTeam = kind.create(tree.trust(), tree.team());
        close(tree.team());
        patch(kind, onTeam, "{\"unitId\":\"" + tree.team() + "\"}")
                .then()
                .statusCode(200)
                .body("unitId", equalTo(tree.team()));
        patch(kind, id, "{\"unitId\":\"" + tree.team() + "\"}")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitId"))
                .body("errors[0].message", containsString("takes no new records"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aUnitThatRecordsBelongToIsClosedNotDeleted(Kind kind) {
        String trust = TestData.createTrust(TestData.uniqueName("Delete " + kind));
        String name = "Cedar Ward " + UUID.randomUUID();
        String ward = Units.create(trust, name, "WARD", null);
        kind.create(trust, ward);
        kind.create(trust, ward);
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + ward))
                .delete("/api/v1/units/" + ward)
                .then()
                .statusCode(409)
                .body("detail", containsString("2 " + kind.label + "s belong to unit '" + name + "'"))
                .body("detail", containsString("close it instead"));
        asAdmin().get("/api/v1/units/" + ward).then().statusCode(200);
    }

    @Test
    void theDeleteNamesEveryKindThatBelongsAndAnEmptyUnitGoes() {
        String trust = TestData.createTrust(TestData.uniqueName("Delete all"));
        String ward = Units.create(trust, "Cedar Ward", "WARD", null);
        for (int i = 0; i < 3; i++) {
            Kind.ACTION.create(trust, ward);
        }
        Kind.GOAL.create(trust, ward);
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + ward))
                .delete("/api/v1/units/" + ward)
                .then()
                .statusCode(409)
                .body("detail", containsString("3 actions and 1 goal belong to unit 'Cedar Ward'"));
        String empty = Units.ward(trust);
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + empty))
                .delete("/api/v1/units/" + empty)
                .then()
                .statusCode(204);
    }

    @Test
    void aCycleStartsOnItsGoalsUnitAndStaysWithinIt() {
        Tree tree = Tree.of("Cycle units");
        Map<String, Object> goalBody = Pdsa.goalBody(6);
        goalBody.put("unitId", tree.ward());
        String goal = asAdmin()
                .contentType(ContentType.JSON)
                .body(goalBody)
                .post("/api/v1/trusts/" + tree.trust() + "/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String cycles = "/api/v1/goals/" + goal + "/cycles";
        String cycle = asAdmin()
                .contentType(ContentType.JSON)
                .body(Pdsa.cycleBody())
                .post(cycles)
                .then()
                .statusCode(201)
                .body("unitId", equalTo(tree.ward()))
                .extract()
                .path("id");
        Map<String, Object> onTeam = new HashMap<>(Pdsa.cycleBody());
        onTeam.put("unitId", tree.team());
        asAdmin()
                .contentType(ContentType.JSON)
                .body(onTeam)
                .post(cycles)
                .then()
                .statusCode(201)
                .body("unitId", equalTo(tree.team()));
        Map<String, Object> onSite = new HashMap<>(Pdsa.cycleBody());
        onSite.put("unitId", tree.site());
        asAdmin()
                .contentType(ContentType.JSON)
                .body(onSite)
                .post(cycles)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitId"))
                .body("errors[0].message", containsString("the goal's unit"));
        patch(Kind.CYCLE, cycle, "{\"unitId\":\"" + tree.site() + "\"}")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitId"));
        patch(Kind.CYCLE, cycle, "{\"unitId\":\"" + tree.team() + "\"}")
                .then()
                .statusCode(200)
                .body("unitId", equalTo(tree.team()));

        // a follow-up cycle made by an ADAPT review starts where the reviewed one was
        String reviewed = Pdsa.reviewedCycle(goal, "ADAPT");
        asAdmin()
                .queryParam("limit", 50)
                .get(cycles)
                .then()
                .statusCode(200)
                .body("items.find { it.previousCycleId == '" + reviewed + "' }.unitId", equalTo(tree.ward()));

        // once the goal's unit has closed, a new cycle starts on no unit
        close(tree.team());
        close(tree.ward());
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Pdsa.cycleBody())
                .post(cycles)
                .then()
                .statusCode(201)
                .body("unitId", nullValue());
    }

    @Test
    void theActionsAgreedAtAVisitAreOnItsUnitAndTheDiaryFiltersByUnit() {
        Tree tree = Tree.of("Visit units");
        Map<String, Object> body = Assess.visitBody(List.of(Assess.agreedAction("Draft the peer role")));
        body.put("unitId", tree.team());
        String visit = asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + tree.trust() + "/visits")
                .then()
                .statusCode(201)
                .body("unitId", equalTo(tree.team()))
                .extract()
                .path("id");
        asAdmin()
                .queryParam("visitId", visit)
                .get("/api/v1/trusts/" + tree.trust() + "/actions")
                .then()
                .statusCode(200)
                .body("items.unitId", everyItem(equalTo(tree.team())))
                .body("items", hasSize(1));
        String diary = "/api/v1/visits";
        assertThat(ids(diary, Map.of("unitId", tree.site()))).isEmpty();
        assertThat(ids(diary, Map.of("unitId", tree.site(), "includeSubunits", true)))
                .containsExactly(visit);
        assertThat(ids(diary, Map.of("unitId", tree.team()))).containsExactly(visit);
        assertThat(ids(diary, Map.of("unitId", UUID.randomUUID(), "includeSubunits", true)))
                .isEmpty();
        // a Trust lead of another Trust sees nothing of this one through its units, and no error either
        String elsewhere = TestData.createTrust(TestData.uniqueName("Visit units lead"));
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(elsewhere));
        for (boolean subunits : List.of(false, true)) {
            lead.request()
                    .queryParam("unitId", tree.team())
                    .queryParam("includeSubunits", subunits)
                    .get(diary)
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(0));
            lead.request()
                    .queryParam("unitId", tree.site())
                    .queryParam("includeSubunits", subunits)
                    .get("/api/v1/trusts/" + elsewhere + "/actions")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(0));
        }
    }

    @Test
    void theActionCsvHasAUnitIdColumnAndFiltersByUnit() {
        Tree tree = Tree.of("Action CSV units");
        String onTeam = Kind.ACTION.create(tree.trust(), tree.team());
        Kind.ACTION.create(tree.trust(), null);
        String csv = asAdmin()
                .accept("text/csv")
                .queryParam("unitId", tree.site())
                .queryParam("includeSubunits", true)
                .get("/api/v1/trusts/" + tree.trust() + "/actions")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).contains("unitId");
        List<String> row = List.of(lines.get(1).split(","));
        assertThat(row.get(header.indexOf("id"))).isEqualTo(onTeam);
        assertThat(row.get(header.indexOf("unitId"))).isEqualTo(tree.team());
    }

    @Test
    void includeSubunitsReadsTheUnitsInOneStatementWhateverTheirNumber() {
        Tree small = Tree.of("Count units small");
        Tree large = Tree.of("Count units large");
        for (int i = 0; i < 12; i++) {
            Units.create(large.trust(), "Extra " + i, "SERVICE", large.site());
        }
        Kind.ACTION.create(small.trust(), small.team());
        Kind.ACTION.create(large.trust(), large.team());
        // the Trusts' change numbers known first (a page kept per state reads them: TrustVersions), so the three
        // reads below differ only in what they filter by
        for (String trust : List.of(small.trust(), large.trust())) {
            asAdmin()
                    .queryParam("limit", 1)
                    .get("/api/v1/trusts/" + trust + "/actions")
                    .then()
                    .statusCode(200);
        }
        long few = SqlStatements.during(() -> asAdmin()
                .queryParam("unitId", small.site())
                .queryParam("includeSubunits", true)
                .get("/api/v1/trusts/" + small.trust() + "/actions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1)));
        long many = SqlStatements.during(() -> asAdmin()
                .queryParam("unitId", large.site())
                .queryParam("includeSubunits", true)
                .get("/api/v1/trusts/" + large.trust() + "/actions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1)));
        long plain = SqlStatements.during(() -> asAdmin()
                .queryParam("unitId", large.team())
                .get("/api/v1/trusts/" + large.trust() + "/actions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1)));
        assertThat(many).isEqualTo(few).isEqualTo(plain + 1).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
    }
}
