package org.imroc.tracker.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Assess;
import org.imroc.tracker.support.ForgedTokens;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.Sets;
import org.imroc.tracker.support.TestData;
import org.imroc.tracker.support.Units;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what: every operation of the contract × every kind of caller → the expected status. Resources in
 * scope are in Trust A; "out" callers belong to Trust B. A new operation fails {@link #matrixCoversEveryOperation}
 * until its row is added here.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Every kind of caller the matrix tries. */
    enum Who {
        ADMIN,
        CONSULTANT_IN,
        CONSULTANT_OUT,
        LEAD_OWN,
        LEAD_OTHER,
        /** The lead of the unit the fixture records of Trust A sit on (a ward). */
        UNIT_LEAD_OWN,
        /** The lead of that ward's parent (a site): writes the whole subtree. */
        UNIT_LEAD_PARENT,
        /** The lead of another ward on the same site. */
        UNIT_LEAD_SIBLING,
        /** The lead of a team below the ward: not the ward's records. */
        UNIT_LEAD_CHILD,
        /** The lead of a ward of Trust B. */
        UNIT_LEAD_OTHER_TRUST,
        KEY_WITH,
        KEY_WITHOUT,
        KEY_REVOKED,
        USER_DISABLED,
        NO_TOKEN,
        EXPIRED,
        FOREIGN_SIGNED,
        ALG_NONE,
        WRONG_AUDIENCE
    }

    private static final Map<Who, String> BEARER = new EnumMap<>(Who.class);
    private static String trustA;
    private static Api.TestUser loginUser;
    private static String ward;
    /** A measure recorded by unit, with figures of the fixture ward: its observations are the ward's records. */
    private static String wardMeasure;

    private static Api.TestUser unitLeadUser;
    private static String goal;
    private static String score;
    private static String cycle;
    private static String reviewed;
    private static String action;
    private static String visit;
    private static String assessment;
    private static String measure;
    /** A rate broken down by ethnic group, with a month of parts: its disparities answer 200 in scope. */
    private static String rateByGroup;

    private static int nextMonth;
    private static final Map<String, Row> ROWS = new LinkedHashMap<>();

    /** One operation: how to send it (given a request carrying the caller's credential) and what each caller gets. */
    record Row(Function<RequestSpecification, Response> send, Map<Who, Integer> expected) {}

    /** Built on first use: RestAssured knows the test port only once a test method runs. */
    private static synchronized void ensureCallers() {
        if (!ROWS.isEmpty()) {
            return;
        }
        trustA = TestData.createTrust(TestData.uniqueName("Matrix A"));
        String trustB = TestData.createTrust(TestData.uniqueName("Matrix B"));
        BEARER.put(Who.ADMIN, Api.adminToken());
        BEARER.put(
                Who.CONSULTANT_IN, Api.createUser("CONSULTANT", List.of(trustA)).token());
        BEARER.put(
                Who.CONSULTANT_OUT,
                Api.createUser("CONSULTANT", List.of(trustB)).token());
        BEARER.put(Who.LEAD_OWN, Api.createUser("TRUST_LEAD", List.of(trustA)).token());
        BEARER.put(Who.LEAD_OTHER, Api.createUser("TRUST_LEAD", List.of(trustB)).token());
        BEARER.put(Who.KEY_WITH, Api.createKey(List.of(trustA)));
        BEARER.put(Who.KEY_WITHOUT, Api.createKey(List.of(trustB)));
        String revoked = Api.createKey(List.of(trustA));
        String revokedId = Api.as(revoked)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/api-keys/" + revokedId)
                .then()
                .statusCode(204);
        BEARER.put(Who.KEY_REVOKED, revoked);
        Api.TestUser disabled = Api.createUser("CONSULTANT", List.of(trustA));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"active\":false}")
                .patch("/api/v1/users/" + disabled.id())
                .then()
                .statusCode(200);
        BEARER.put(Who.USER_DISABLED, disabled.token());
        Api.TestUser victim = Api.createUser("CONSULTANT", List.of(trustA));
        BEARER.put(Who.EXPIRED, ForgedTokens.expired(victim.id()));
        BEARER.put(Who.FOREIGN_SIGNED, ForgedTokens.signedByAnotherKey(victim.id()));
        BEARER.put(Who.ALG_NONE, ForgedTokens.unsigned(victim.id()));
        BEARER.put(Who.WRONG_AUDIENCE, ForgedTokens.wrongAudience(victim.id()));
        loginUser = Api.createUser("TRUST_LEAD", List.of(trustA));
        String site = Units.create(trustA, "Matrix site " + java.util.UUID.randomUUID(), "SITE", null);
        ward = Units.create(trustA, "Matrix ward " + java.util.UUID.randomUUID(), "WARD", site);
        String sibling = Units.create(trustA, "Matrix sibling " + java.util.UUID.randomUUID(), "WARD", site);
        String team = Units.create(trustA, "Matrix team " + java.util.UUID.randomUUID(), "TEAM", ward);
        BEARER.put(Who.UNIT_LEAD_OWN, Api.createUnitLead(trustA, List.of(ward)).token());
        BEARER.put(
                Who.UNIT_LEAD_PARENT, Api.createUnitLead(trustA, List.of(site)).token());
        BEARER.put(
                Who.UNIT_LEAD_SIBLING,
                Api.createUnitLead(trustA, List.of(sibling)).token());
        BEARER.put(
                Who.UNIT_LEAD_CHILD, Api.createUnitLead(trustA, List.of(team)).token());
        BEARER.put(
                Who.UNIT_LEAD_OTHER_TRUST,
                Api.createUnitLead(trustB, List.of(Units.ward(trustB))).token());
        unitLeadUser = Api.createUnitLead(trustA, List.of(sibling));
        goal = goalOnWard();
        score = asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("score", 1.5))
                .post("/api/v1/goals/" + goal + "/progress-scores")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        cycle = Pdsa.cycleInPlan(goal); // on the goal's ward
        reviewed = Pdsa.reviewedCycle(goal, "ADOPT");
        action = actionOnWard();
        visit = Assess.visit(trustA);
        assessment = assessmentOnWard("2026-10-01");
        // broken down by sex, so that the analysis rows read one group's series (?breakdown=SEX&code=2)
        Map<String, Object> bySex = new java.util.HashMap<>(Measures.body("DECREASE"));
        bySex.put("breakdowns", List.of("SEX"));
        measure = Measures.create(trustA, bySex);
        List<Map<String, Object>> withParts = new ArrayList<>();
        for (Map<String, Object> month : Measures.months("2020-01", "4", "5", "6")) {
            Map<String, Object> figure = new java.util.HashMap<>(month);
            double value = (Double) month.get("value");
            figure.put(
                    "parts",
                    Map.of("SEX", List.of(Map.of("code", "1", "value", value - 1), Map.of("code", "2", "value", 1))));
            withParts.add(figure);
        }
        Measures.record(measure, withParts);
        Map<String, Object> byWard = new java.util.HashMap<>(Measures.body("DECREASE"));
        byWard.put("recordedBy", "UNIT");
        wardMeasure = Measures.create(trustA, byWard);
        Measures.record(wardMeasure, onWard(Measures.months("2020-01", "4", "5", "6")));
        rateByGroup = Measures.create(
                trustA, Map.of("templateCode", "restraint-rate", "breakdowns", List.of("ETHNIC_GROUP")));
        Measures.record(
                rateByGroup,
                List.of(Map.of(
                        "period",
                        "2020-01",
                        "numerator",
                        9,
                        "denominator",
                        1000,
                        "parts",
                        Map.of(
                                "ETHNIC_GROUP",
                                List.of(
                                        Map.of("code", "WHITE", "numerator", 3, "denominator", 700),
                                        Map.of("code", "BLACK", "numerator", 6, "denominator", 300))))));
        defineRows();
        definePdsaRows();
        defineAssessmentAndVisitRows();
        defineMeasureRows();
        defineLearningSetRows();
        defineWebhookRows();
        defineUnitRows();
        defineIdentityProviderRows();
    }

    private static final List<org.imroc.tracker.support.TestIssuer> ISSUERS = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterAll
    static void closeIssuers() {
        ISSUERS.forEach(org.imroc.tracker.support.TestIssuer::close);
    }

    /** Identity providers are an administrator's: everyone else is refused (403) before any outbound call. */
    private static void defineIdentityProviderRows() {
        Map<Who, Integer> admin200 = deniedToUnitLeads(expect(200, 403, 403, 403, 403, 403, 403));
        java.util.function.Supplier<Map<String, Object>> body = () -> {
            org.imroc.tracker.support.TestIssuer issuer = new org.imroc.tracker.support.TestIssuer("matrix");
            ISSUERS.add(issuer);
            // localSignIn kept: the matrix's own leads of Trust A sign in with passwords
            return Map.of(
                    "issuer",
                    issuer.issuer(),
                    "audience",
                    "tracker",
                    "localSignIn",
                    true,
                    "roleMappings",
                    List.of(Map.of("claimValue", "leads", "role", "TRUST_LEAD")));
        };
        java.util.function.Supplier<String> provider = () -> asAdmin()
                .contentType(ContentType.JSON)
                .body(body.get())
                .post("/api/v1/trusts/" + trustA + "/identity-providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String item = "/api/v1/identity-providers/" + provider.get();
        ROWS.put(
                "createIdentityProvider",
                new Row(
                        r -> r.contentType(ContentType.JSON)
                                .body(body.get())
                                .post("/api/v1/trusts/" + trustA + "/identity-providers"),
                        deniedToUnitLeads(expect(201, 403, 403, 403, 403, 403, 403))));
        ROWS.put(
                "listIdentityProviders",
                new Row(r -> r.get("/api/v1/trusts/" + trustA + "/identity-providers"), admin200));
        ROWS.put("getIdentityProvider", new Row(r -> r.get(item), admin200));
        ROWS.put(
                "updateIdentityProvider",
                new Row(
                        r -> r.header("If-Match", currentEtag(item))
                                .contentType("application/merge-patch+json")
                                .body("{\"localSignIn\":true}")
                                .patch(item),
                        admin200));
        ROWS.put(
                "deleteIdentityProvider",
                new Row(
                        r -> r.header("If-Match", "\"0\"").delete("/api/v1/identity-providers/" + provider.get()),
                        deniedToUnitLeads(expect(204, 403, 403, 403, 403, 403, 403))));
    }

    private static void defineRows() {
        Map<Who, Integer> everyone200 = asTrustLeads(expect(200, 200, 200, 200, 200, 200, 200));
        Map<Who, Integer> adminOnly = deniedToUnitLeads(expect(200, 403, 403, 403, 403, 403, 403));
        Map<Who, Integer> inScope200 = asTrustLeads(expect(200, 200, 404, 200, 404, 200, 404));

        ROWS.put("listChallenges", new Row(r -> r.get("/api/v1/challenges"), everyone200));
        ROWS.put("getChallenge", new Row(r -> r.get("/api/v1/challenges/4"), everyone200));

        ROWS.put("listTrusts", new Row(r -> r.get("/api/v1/trusts"), everyone200));
        ROWS.put("getTrust", new Row(r -> r.get("/api/v1/trusts/" + trustA), inScope200));
        ROWS.put(
                "createTrust",
                new Row(
                        r -> r.contentType(ContentType.JSON)
                                .body(TestData.trustBody(TestData.uniqueName("Matrix new")))
                                .post("/api/v1/trusts"),
                        deniedToUnitLeads(expect(201, 403, 403, 403, 403, 403, 403))));
        ROWS.put(
                "updateTrust",
                new Row(
                        r -> r.header("If-Match", currentEtag("/api/v1/trusts/" + trustA))
                                .contentType("application/merge-patch+json")
                                .body("{\"region\":\"Matrix\"}")
                                .patch("/api/v1/trusts/" + trustA),
                        adminOnly));
        ROWS.put(
                "deleteTrust",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .delete("/api/v1/trusts/" + TestData.createTrust(TestData.uniqueName("Matrix doomed"))),
                        deniedToUnitLeads(expect(204, 403, 403, 403, 403, 403, 403))));

        ROWS.put(
                "createToken",
                new Row(
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("username", loginUser.username(), "password", loginUser.password()))
                                .post("/api/v1/auth/token"),
                        null));
        ROWS.put("getMe", new Row(r -> r.get("/api/v1/me"), everyone200));
        ROWS.put(
                "changeMyPassword",
                new Row(
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "currentPassword", "not-the-password", "newPassword", "a-new-password-123"))
                                .post("/api/v1/me/password"),
                        asTrustLeads(expect(422, 422, 422, 422, 422, 403, 403))));

        ROWS.put(
                "createUser",
                new Row(
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "username",
                                        "m" + System.nanoTime(),
                                        "displayName",
                                        "Matrix",
                                        "email",
                                        "m@example.org",
                                        "role",
                                        "CONSULTANT",
                                        "trustIds",
                                        List.of(trustA),
                                        "password",
                                        "matrix-password-1"))
                                .post("/api/v1/users"),
                        deniedToUnitLeads(expect(201, 403, 403, 403, 403, 403, 403))));
        // a Trust lead lists its own Trust's unit leads (the list is filtered, never refused) and reads, changes or
        // disables them; any other user is 404 to it
        Map<Who, Integer> unitLeadsOfTrustA = deniedToUnitLeads(expect(200, 403, 403, 200, 404, 403, 403));
        ROWS.put(
                "listUsers",
                new Row(r -> r.get("/api/v1/users"), deniedToUnitLeads(expect(200, 403, 403, 200, 200, 403, 403))));
        ROWS.put("getUser", new Row(r -> r.get("/api/v1/users/" + unitLeadUser.id()), unitLeadsOfTrustA));
        ROWS.put(
                "updateUser",
                new Row(
                        r -> r.header("If-Match", currentEtag("/api/v1/users/" + unitLeadUser.id()))
                                .contentType("application/merge-patch+json")
                                .body("{\"displayName\":\"Matrix unit lead\"}")
                                .patch("/api/v1/users/" + unitLeadUser.id()),
                        unitLeadsOfTrustA));

        ROWS.put(
                "createApiKey",
                new Row(
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("name", "Matrix key", "trustIds", List.of(trustA)))
                                .post("/api/v1/api-keys"),
                        deniedToUnitLeads(expect(201, 403, 403, 403, 403, 403, 403))));
        ROWS.put("listApiKeys", new Row(r -> r.get("/api/v1/api-keys"), adminOnly));
        ROWS.put("getApiKey", new Row(r -> r.get("/api/v1/api-keys/" + keyIdOf(BEARER.get(Who.KEY_WITH))), adminOnly));
        ROWS.put(
                "revokeApiKey",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .delete("/api/v1/api-keys/" + keyIdOf(Api.createKey(List.of(trustA)))),
                        deniedToUnitLeads(expect(204, 403, 403, 403, 403, 403, 403))));
    }

    private static void definePdsaRows() {
        Map<Who, Integer> inScope200 = asTrustLeads(expect(200, 200, 404, 200, 404, 200, 404));
        Map<Who, Integer> everyone200 = asTrustLeads(expect(200, 200, 200, 200, 200, 200, 200));
        Map<Who, Integer> writeOk = onUnit(expect(200, 200, 404, 200, 404, 403, 403), 200);
        Map<Who, Integer> createOk = onUnit(expect(201, 201, 404, 201, 404, 403, 403), 201);
        Map<Who, Integer> deleteOk = onUnit(expect(204, 204, 404, 204, 404, 403, 403), 204);
        String json = "application/json";
        String mergePatch = "application/merge-patch+json";

        ROWS.put(
                "createGoal",
                new Row(
                        r -> r.contentType(json)
                                .body(onWard(Pdsa.goalBody(3)))
                                .post("/api/v1/trusts/" + trustA + "/goals"),
                        createOk));
        ROWS.put("listGoals", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/goals"), inScope200));
        ROWS.put("getGoal", new Row(r -> r.get("/api/v1/goals/" + goal), inScope200));
        ROWS.put(
                "updateGoal",
                new Row(
                        r -> r.header("If-Match", Pdsa.etag("/api/v1/goals/" + goal))
                                .contentType(mergePatch)
                                .body("{\"owner\":\"Matrix\"}")
                                .patch("/api/v1/goals/" + goal),
                        writeOk));
        ROWS.put(
                "transitionGoal",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .contentType(json)
                                .body(Map.of("to", "ACHIEVED"))
                                .post("/api/v1/goals/" + goalOnWard() + "/transitions"),
                        writeOk));
        ROWS.put(
                "deleteGoal",
                new Row(r -> r.header("If-Match", "\"0\"").delete("/api/v1/goals/" + goalOnWard()), deleteOk));
        ROWS.put(
                "recordProgressScore",
                new Row(
                        r -> r.contentType(json)
                                .body(Map.of("score", 2.0))
                                .post("/api/v1/goals/" + goal + "/progress-scores"),
                        createOk));
        ROWS.put("listProgressScores", new Row(r -> r.get("/api/v1/goals/" + goal + "/progress-scores"), inScope200));
        ROWS.put(
                "getProgressScore",
                new Row(r -> r.get("/api/v1/goals/" + goal + "/progress-scores/" + score), inScope200));

        ROWS.put(
                "createCycle",
                new Row(
                        r -> r.contentType(json).body(Pdsa.cycleBody()).post("/api/v1/goals/" + goal + "/cycles"),
                        createOk));
        ROWS.put("listGoalCycles", new Row(r -> r.get("/api/v1/goals/" + goal + "/cycles"), inScope200));
        ROWS.put("listTrustCycles", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/cycles"), inScope200));
        ROWS.put("getCycle", new Row(r -> r.get("/api/v1/cycles/" + cycle), inScope200));
        ROWS.put(
                "updateCycle",
                new Row(
                        r -> r.header("If-Match", Pdsa.etag("/api/v1/cycles/" + cycle))
                                .contentType(mergePatch)
                                .body("{\"title\":\"Matrix\"}")
                                .patch("/api/v1/cycles/" + cycle),
                        writeOk));
        ROWS.put(
                "transitionCycle",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .contentType(json)
                                .body(Map.of("to", "DO"))
                                .post("/api/v1/cycles/" + Pdsa.cycleInPlan(goal) + "/transitions"),
                        writeOk));
        ROWS.put(
                "deleteCycle",
                new Row(
                        r -> r.header("If-Match", "\"0\"").delete("/api/v1/cycles/" + Pdsa.cycleInPlan(goal)),
                        deleteOk));

        ROWS.put(
                "recordReview",
                new Row(
                        r -> {
                            String study = Pdsa.cycleInStudy(goal);
                            return r.header("If-Match", Pdsa.etag("/api/v1/cycles/" + study))
                                    .contentType(json)
                                    .body(Pdsa.reviewBody("ABANDON"))
                                    .post("/api/v1/cycles/" + study + "/review");
                        },
                        createOk));
        ROWS.put("getReview", new Row(r -> r.get("/api/v1/cycles/" + reviewed + "/review"), inScope200));
        ROWS.put(
                "updateReview",
                new Row(
                        r -> r.header("If-Match", Pdsa.etag("/api/v1/cycles/" + reviewed + "/review"))
                                .contentType(mergePatch)
                                .body("{\"summary\":\"Matrix\"}")
                                .patch("/api/v1/cycles/" + reviewed + "/review"),
                        writeOk));
        ROWS.put("listTrustReviews", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/reviews"), inScope200));

        ROWS.put(
                "createAction",
                new Row(
                        r -> r.contentType(json)
                                .body(onWard(Pdsa.actionBody()))
                                .post("/api/v1/trusts/" + trustA + "/actions"),
                        createOk));
        ROWS.put("listActions", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/actions"), inScope200));
        ROWS.put("getAction", new Row(r -> r.get("/api/v1/actions/" + action), inScope200));
        ROWS.put(
                "updateAction",
                new Row(
                        r -> r.header("If-Match", Pdsa.etag("/api/v1/actions/" + action))
                                .contentType(mergePatch)
                                .body("{\"owner\":\"Matrix\"}")
                                .patch("/api/v1/actions/" + action),
                        writeOk));
        ROWS.put(
                "transitionAction",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .contentType(json)
                                .body(Map.of("to", "IN_PROGRESS"))
                                .post("/api/v1/actions/" + actionOnWard() + "/transitions"),
                        writeOk));
        ROWS.put(
                "deleteAction",
                new Row(r -> r.header("If-Match", "\"0\"").delete("/api/v1/actions/" + actionOnWard()), deleteOk));

        ROWS.put("listAuditEvents", new Row(r -> r.get("/api/v1/audit-events"), everyone200));
        ROWS.put("listChanges", new Row(r -> r.get("/api/v1/changes"), everyone200));
        ROWS.put("getTrustProgress", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/progress"), inScope200));
        ROWS.put("getProgrammeProgress", new Row(r -> r.get("/api/v1/progress"), everyone200));
    }

    private static void defineAssessmentAndVisitRows() {
        Map<Who, Integer> inScope200 = asTrustLeads(expect(200, 200, 404, 200, 404, 200, 404));
        Map<Who, Integer> everyone200 = asTrustLeads(expect(200, 200, 200, 200, 200, 200, 200));
        Map<Who, Integer> writeOk = onUnit(expect(200, 200, 404, 200, 404, 403, 403), 200);
        Map<Who, Integer> createOk = onUnit(expect(201, 201, 404, 201, 404, 403, 403), 201);
        Map<Who, Integer> deleteOk = onUnit(expect(204, 204, 404, 204, 404, 403, 403), 204);
        String json = "application/json";
        String mergePatch = "application/merge-patch+json";

        ROWS.put(
                "createAssessment",
                new Row(
                        r -> r.contentType(json)
                                .body(onWard(
                                        Assess.body("SELF", "REVIEW", "2026-10-01", Assess.ratings("DEVELOPMENT"))))
                                .post("/api/v1/trusts/" + trustA + "/assessments"),
                        createOk));
        ROWS.put("listAssessments", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/assessments"), inScope200));
        ROWS.put("getAssessment", new Row(r -> r.get("/api/v1/assessments/" + assessment), inScope200));
        ROWS.put(
                "updateAssessment",
                new Row(
                        r -> r.header("If-Match", Pdsa.etag("/api/v1/assessments/" + assessment))
                                .contentType(mergePatch)
                                .body("{\"assessedOn\":\"2026-10-02\"}")
                                .patch("/api/v1/assessments/" + assessment),
                        writeOk));
        ROWS.put(
                "transitionAssessment",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .contentType(json)
                                .body(Map.of("to", "AGREED"))
                                .post("/api/v1/assessments/" + assessmentOnWard("2026-10-03") + "/transitions"),
                        writeOk));
        ROWS.put(
                "deleteAssessment",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .delete("/api/v1/assessments/" + assessmentOnWard("2026-10-04")),
                        deleteOk));
        ROWS.put(
                "getChallengeProfile",
                new Row(r -> r.get("/api/v1/trusts/" + trustA + "/challenge-profile"), inScope200));

        ROWS.put(
                "createVisit",
                new Row(
                        r -> r.contentType(json)
                                .body(Assess.visitBody(List.of()))
                                .post("/api/v1/trusts/" + trustA + "/visits"),
                        deniedToUnitLeads(expect(201, 201, 404, 403, 403, 403, 403))));
        ROWS.put("listTrustVisits", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/visits"), inScope200));
        ROWS.put("listVisits", new Row(r -> r.get("/api/v1/visits"), everyone200));
        ROWS.put("getVisit", new Row(r -> r.get("/api/v1/visits/" + visit), inScope200));
        ROWS.put(
                "updateVisit",
                new Row(
                        r -> r.header("If-Match", Pdsa.etag("/api/v1/visits/" + visit))
                                .contentType(mergePatch)
                                .body("{\"summary\":\"Matrix\"}")
                                .patch("/api/v1/visits/" + visit),
                        deniedToUnitLeads(expect(200, 200, 404, 403, 403, 403, 403))));
        ROWS.put(
                "transitionVisit",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .contentType(json)
                                .body(Map.of("to", "PLANNED"))
                                .post("/api/v1/visits/" + Assess.visit(trustA) + "/transitions"),
                        deniedToUnitLeads(expect(200, 200, 404, 403, 403, 403, 403))));
        ROWS.put(
                "deleteVisit",
                new Row(
                        r -> r.header("If-Match", "\"0\"").delete("/api/v1/visits/" + Assess.visit(trustA)),
                        deniedToUnitLeads(expect(204, 204, 404, 403, 403, 403, 403))));
    }

    private static void defineMeasureRows() {
        Map<Who, Integer> inScope200 = asTrustLeads(expect(200, 200, 404, 200, 404, 200, 404));
        Map<Who, Integer> writeOk = deniedToUnitLeads(expect(200, 200, 404, 200, 404, 403, 403));
        Map<Who, Integer> createOk = deniedToUnitLeads(expect(201, 201, 404, 201, 404, 403, 403));
        Map<Who, Integer> deleteOk = deniedToUnitLeads(expect(204, 204, 404, 204, 404, 403, 403));
        String json = "application/json";
        String mergePatch = "application/merge-patch+json";
        String item = "/api/v1/measures/" + measure;

        ROWS.put(
                "createMeasure",
                new Row(
                        r -> r.contentType(json)
                                .body(Map.of("templateCode", "prone-restraint"))
                                .post("/api/v1/trusts/" + trustA + "/measures"),
                        createOk));
        ROWS.put("listMeasures", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/measures"), inScope200));
        ROWS.put("getMeasure", new Row(r -> r.get(item), inScope200));
        ROWS.put(
                "updateMeasure",
                new Row(
                        r -> r.header("If-Match", Pdsa.etag(item))
                                .contentType(mergePatch)
                                .body("{\"unit\":\"episodes\"}")
                                .patch(item),
                        writeOk));
        ROWS.put(
                "deleteMeasure",
                new Row(
                        r -> r.header("If-Match", "\"0\"").delete("/api/v1/measures/" + Measures.monthly(trustA)),
                        deleteOk));
        ROWS.put(
                "listBreakdowns",
                new Row(r -> r.get("/api/v1/breakdowns"), asTrustLeads(expect(200, 200, 200, 200, 200, 200, 200))));
        ROWS.put(
                "listMeasureTemplates",
                new Row(
                        r -> r.get("/api/v1/measure-templates"),
                        asTrustLeads(expect(200, 200, 200, 200, 200, 200, 200))));
        String wardItem = "/api/v1/measures/" + wardMeasure;
        String onTheWard = "?unitId=" + ward;
        ROWS.put(
                "recordObservations",
                new Row(
                        r -> r.contentType(json)
                                .body(Map.of(
                                        "observations",
                                        onWard(Measures.months(String.format("%04d-01", 2040 + nextMonth++), "7"))))
                                .post(wardItem + "/observations"),
                        onUnit(expect(201, 201, 404, 201, 404, 403, 403), 201)));
        ROWS.put("listObservations", new Row(r -> r.get(item + "/observations"), inScope200));
        ROWS.put("getObservation", new Row(r -> r.get(item + "/observations/2020-01"), inScope200));
        ROWS.put(
                "correctObservation",
                new Row(
                        r -> r.header("If-Match", Pdsa.etag(wardItem + "/observations/2020-02" + onTheWard))
                                .contentType(mergePatch)
                                .body("{\"annotation\":\"Matrix\"}")
                                .patch(wardItem + "/observations/2020-02" + onTheWard),
                        onUnit(expect(200, 200, 404, 200, 404, 403, 403), 200)));
        ROWS.put(
                "deleteObservation",
                new Row(
                        r -> {
                            String month = String.format("%04d-06", 2040 + nextMonth++);
                            Measures.record(wardMeasure, onWard(Measures.months(month, "9")));
                            String path = wardItem + "/observations/" + month + onTheWard;
                            return r.header("If-Match", Pdsa.etag(path)).delete(path);
                        },
                        onUnit(expect(204, 204, 404, 204, 404, 403, 403), 204)));
        // a rebase is the Trust's record: written by whoever records the Trust's figures, never by a unit lead
        Map<Who, Integer> rebaseCreated = onUnit(expect(201, 201, 404, 201, 404, 403, 403), 403);
        Map<Who, Integer> rebaseDeleted = onUnit(expect(204, 204, 404, 204, 404, 403, 403), 403);
        java.util.function.Supplier<Map<String, Object>> rebase = () ->
                Map.of("period", String.format("%04d-03", 2040 + nextMonth++), "reason", "Matrix: the process changed");
        asAdmin()
                .contentType(json)
                .body(Map.of("period", "2020-02", "reason", "Matrix"))
                .post(item + "/rebases")
                .then()
                .statusCode(201);
        ROWS.put(
                "createMeasureRebase",
                new Row(r -> r.contentType(json).body(rebase.get()).post(item + "/rebases"), rebaseCreated));
        ROWS.put("listMeasureRebases", new Row(r -> r.get(item + "/rebases"), inScope200));
        ROWS.put("getMeasureRebase", new Row(r -> r.get(item + "/rebases/2020-02"), inScope200));
        ROWS.put(
                "deleteMeasureRebase",
                new Row(
                        r -> {
                            Map<String, Object> body = rebase.get();
                            asAdmin()
                                    .contentType(json)
                                    .body(body)
                                    .post(item + "/rebases")
                                    .then()
                                    .statusCode(201);
                            return r.header("If-Match", "\"0\"").delete(item + "/rebases/" + body.get("period"));
                        },
                        rebaseDeleted));
        // one group's series: no route reaches another Trust's figures of people (404)
        ROWS.put("getMeasureSpc", new Row(r -> r.get(item + "/spc?breakdown=SEX&code=2"), inScope200));
        ROWS.put("getMeasureRunChart", new Row(r -> r.get(item + "/run-chart?breakdown=SEX&code=1"), inScope200));
        ROWS.put("getMeasureUnits", new Row(r -> r.get(item + "/units"), inScope200));
        ROWS.put(
                "getMeasureDisparities",
                new Row(
                        r -> r.get("/api/v1/measures/" + rateByGroup
                                + "/disparities?breakdown=ETHNIC_GROUP&reference=WHITE"),
                        inScope200));
        ROWS.put(
                "getMeasureSummary", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/measures/summary"), inScope200));
        ROWS.put("getTrustReport", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/report"), inScope200));
    }

    /**
     * A set run by CONSULTANT_IN with Trust A as its member: its facilitator and Trust A's people and key see it;
     * Trust B's do not (404); only those who run it change it (403 for the members who see it).
     */
    private static void defineLearningSetRows() {
        String facilitator = Sets.userId(BEARER.get(Who.CONSULTANT_IN));
        List<String> templates = List.of("prone-restraint");
        String set = Sets.create(List.of(facilitator), templates, trustA);
        String session = Sets.session(set);
        String report = Sets.draft(set, trustA);
        Map<Who, Integer> visible200 = asTrustLeads(expect(200, 200, 404, 200, 404, 200, 404));
        Map<Who, Integer> manage200 = deniedToUnitLeads(expect(200, 200, 404, 403, 403, 403, 403));
        Map<Who, Integer> manage204 = deniedToUnitLeads(expect(204, 204, 404, 403, 403, 403, 403));
        String json = "application/json";
        String mergePatch = "application/merge-patch+json";
        String base = "/api/v1/learning-sets/" + set;

        ROWS.put(
                "createLearningSet",
                new Row(
                        r -> r.contentType(json)
                                .body(Sets.body(TestData.uniqueName("Matrix set"), List.of(), templates))
                                .post("/api/v1/learning-sets"),
                        deniedToUnitLeads(expect(201, 201, 201, 403, 403, 403, 403))));
        ROWS.put(
                "listLearningSets",
                new Row(r -> r.get("/api/v1/learning-sets"), asTrustLeads(expect(200, 200, 200, 200, 200, 200, 200))));
        ROWS.put("getLearningSet", new Row(r -> r.get(base), visible200));
        ROWS.put(
                "updateLearningSet",
                new Row(
                        r -> r.header("If-Match", currentEtag(base))
                                .contentType(mergePatch)
                                .body("{\"purpose\":\"Matrix\"}")
                                .patch(base),
                        manage200));
        ROWS.put(
                "transitionLearningSet",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .contentType(json)
                                .body(Map.of("to", "CLOSED"))
                                .post("/api/v1/learning-sets/" + Sets.create(List.of(facilitator), templates)
                                        + "/transitions"),
                        manage200));
        ROWS.put(
                "deleteLearningSet",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .delete("/api/v1/learning-sets/" + Sets.create(List.of(facilitator), templates)),
                        manage204));
        ROWS.put("listLearningSetMembers", new Row(r -> r.get(base + "/members"), visible200));
        ROWS.put(
                "addLearningSetMember",
                new Row(
                        r -> r.contentType(json)
                                .body(Map.of("trustId", trustA))
                                .post("/api/v1/learning-sets/" + Sets.create(List.of(facilitator), templates)
                                        + "/members"),
                        deniedToUnitLeads(expect(201, 201, 404, 403, 403, 403, 403))));
        ROWS.put(
                "removeLearningSetMember",
                new Row(
                        r -> r.delete("/api/v1/learning-sets/" + Sets.create(List.of(facilitator), templates, trustA)
                                + "/members/" + trustA),
                        manage204));
        ROWS.put(
                "getLearningSetComparison",
                new Row(r -> r.queryParam("templateCode", "prone-restraint").get(base + "/comparison"), visible200));

        ROWS.put(
                "createSession",
                new Row(
                        r -> r.contentType(json)
                                .body(Map.of("heldOn", "2026-11-01", "kind", "WEBINAR"))
                                .post(base + "/sessions"),
                        deniedToUnitLeads(expect(201, 201, 404, 403, 403, 403, 403))));
        ROWS.put("listSessions", new Row(r -> r.get(base + "/sessions"), visible200));
        ROWS.put("getSession", new Row(r -> r.get("/api/v1/sessions/" + session), visible200));
        ROWS.put(
                "updateSession",
                new Row(
                        r -> r.header("If-Match", currentEtag("/api/v1/sessions/" + session))
                                .contentType(mergePatch)
                                .body("{\"notes\":\"Matrix\"}")
                                .patch("/api/v1/sessions/" + session),
                        manage200));
        ROWS.put(
                "addCommitments",
                new Row(
                        r -> r.contentType(json)
                                .body(Map.of(
                                        "commitments",
                                        List.of(Map.of(
                                                "trustId",
                                                trustA,
                                                "title",
                                                "Matrix huddles",
                                                "owner",
                                                "Ward manager",
                                                "dueOn",
                                                "2026-12-01"))))
                                .post("/api/v1/sessions/" + session + "/commitments"),
                        manage200));
        ROWS.put(
                "deleteSession",
                new Row(r -> r.header("If-Match", "\"0\"").delete("/api/v1/sessions/" + Sets.session(set)), manage204));

        ROWS.put(
                "createReport",
                new Row(
                        r -> r.contentType(json)
                                .body(Map.of("trustId", trustA, "period", Sets.freshMonth()))
                                .post(base + "/reports"),
                        deniedToUnitLeads(expect(201, 201, 404, 201, 404, 403, 403))));
        ROWS.put("listReports", new Row(r -> r.get(base + "/reports"), visible200));
        ROWS.put("getReport", new Row(r -> r.get("/api/v1/reports/" + report), visible200));
        ROWS.put(
                "updateReport",
                new Row(
                        r -> r.header("If-Match", currentEtag("/api/v1/reports/" + report))
                                .contentType(mergePatch)
                                .body("{\"narrative\":{\"learned\":\"Matrix\"}}")
                                .patch("/api/v1/reports/" + report),
                        deniedToUnitLeads(expect(200, 200, 404, 200, 404, 403, 403))));
        ROWS.put(
                "transitionReport",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .contentType(json)
                                .body(Map.of("to", "SUBMITTED"))
                                .post("/api/v1/reports/" + Sets.draft(set, trustA) + "/transitions"),
                        deniedToUnitLeads(expect(200, 200, 404, 200, 404, 403, 403))));
        ROWS.put(
                "reviewReport",
                new Row(
                        r -> r.header("If-Match", "\"1\"")
                                .contentType(json)
                                .body(Map.of("feedback", "Well done", "facultyScore", 3.0))
                                .post("/api/v1/reports/" + Sets.submitted(set, trustA) + "/review"),
                        manage200));
    }

    /** Webhooks are an administrator's: everyone else is refused (403), whatever their Trusts. */
    private static void defineUnitRows() {
        Map<Who, Integer> inScope200 = asTrustLeads(expect(200, 200, 404, 200, 404, 200, 404));
        String unit = Units.ward(trustA);
        ROWS.put(
                "createUnit",
                new Row(
                        r -> r.contentType(ContentType.JSON)
                                .body(Units.body("Matrix ward " + java.util.UUID.randomUUID(), "WARD", null))
                                .post("/api/v1/trusts/" + trustA + "/units"),
                        deniedToUnitLeads(expect(201, 201, 404, 201, 404, 403, 403))));
        ROWS.put("listUnits", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/units"), inScope200));
        ROWS.put("getUnit", new Row(r -> r.get("/api/v1/units/" + unit), inScope200));
        ROWS.put(
                "getUnitChallengeProfile",
                new Row(r -> r.get("/api/v1/units/" + unit + "/challenge-profile"), inScope200));
        ROWS.put("getTripCoverage", new Row(r -> r.get("/api/v1/trusts/" + trustA + "/trip-coverage"), inScope200));
        ROWS.put(
                "updateUnit",
                new Row(
                        r -> r.header("If-Match", Pdsa.etag("/api/v1/units/" + unit))
                                .contentType("application/merge-patch+json")
                                .body("{\"beds\":12}")
                                .patch("/api/v1/units/" + unit),
                        deniedToUnitLeads(expect(200, 200, 404, 200, 404, 403, 403))));
        ROWS.put(
                "deleteUnit",
                new Row(
                        r -> r.header("If-Match", "\"0\"").delete("/api/v1/units/" + Units.ward(trustA)),
                        deniedToUnitLeads(expect(204, 204, 404, 204, 404, 403, 403))));
    }

    private static void defineWebhookRows() {
        Map<Who, Integer> admin200 = deniedToUnitLeads(expect(200, 403, 403, 403, 403, 403, 403));
        java.util.function.Supplier<String> hook = () -> asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/matrix", "trustIds", List.of(trustA), "active", false))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String webhook = hook.get();
        String item = "/api/v1/webhooks/" + webhook;
        ROWS.put(
                "createWebhook",
                new Row(
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "url",
                                        "http://127.0.0.1:9/matrix",
                                        "trustIds",
                                        List.of(trustA),
                                        "active",
                                        false))
                                .post("/api/v1/webhooks"),
                        deniedToUnitLeads(expect(201, 403, 403, 403, 403, 403, 403))));
        ROWS.put("listWebhooks", new Row(r -> r.get("/api/v1/webhooks"), admin200));
        ROWS.put("getWebhook", new Row(r -> r.get(item), admin200));
        ROWS.put(
                "updateWebhook",
                new Row(
                        r -> r.header("If-Match", currentEtag(item))
                                .contentType("application/merge-patch+json")
                                .body("{\"description\":\"Matrix\"}")
                                .patch(item),
                        admin200));
        ROWS.put(
                "deleteWebhook",
                new Row(
                        r -> r.header("If-Match", "\"0\"").delete("/api/v1/webhooks/" + hook.get()),
                        deniedToUnitLeads(expect(204, 403, 403, 403, 403, 403, 403))));
        ROWS.put(
                "rotateWebhookSecret",
                new Row(r -> r.header("If-Match", currentEtag(item)).post(item + "/rotate-secret"), admin200));
        ROWS.put(
                "replayWebhook",
                new Row(
                        r -> r.header("If-Match", "\"0\"")
                                .contentType(ContentType.JSON)
                                .body(Map.of())
                                .post("/api/v1/webhooks/" + hook.get() + "/replay"),
                        admin200));
        ROWS.put("listWebhookDeliveries", new Row(r -> r.get(item + "/deliveries"), admin200));
        ROWS.put("testWebhook", new Row(r -> r.post(item + "/test"), admin200));
    }

    /** Expected statuses for the seven valid callers; every invalid credential gets 401. */
    private static Map<Who, Integer> expect(
            int admin, int consultantIn, int consultantOut, int leadOwn, int leadOther, int keyWith, int keyWithout) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        expected.put(Who.ADMIN, admin);
        expected.put(Who.CONSULTANT_IN, consultantIn);
        expected.put(Who.CONSULTANT_OUT, consultantOut);
        expected.put(Who.LEAD_OWN, leadOwn);
        expected.put(Who.LEAD_OTHER, leadOther);
        expected.put(Who.KEY_WITH, keyWith);
        expected.put(Who.KEY_WITHOUT, keyWithout);
        for (Who who : List.of(
                Who.KEY_REVOKED,
                Who.USER_DISABLED,
                Who.NO_TOKEN,
                Who.EXPIRED,
                Who.FOREIGN_SIGNED,
                Who.ALG_NONE,
                Who.WRONG_AUDIENCE)) {
            expected.put(who, 401);
        }
        return expected;
    }

    /** A unit lead gets what a Trust lead of its Trust gets (reads, its own account): Trust B's lead as LEAD_OTHER. */
    private static Map<Who, Integer> asTrustLeads(Map<Who, Integer> expected) {
        for (Who who : List.of(Who.UNIT_LEAD_OWN, Who.UNIT_LEAD_PARENT, Who.UNIT_LEAD_SIBLING, Who.UNIT_LEAD_CHILD)) {
            expected.put(who, expected.get(Who.LEAD_OWN));
        }
        expected.put(Who.UNIT_LEAD_OTHER_TRUST, expected.get(Who.LEAD_OTHER));
        return expected;
    }

    /** An operation that needs a permission a unit lead lacks (WRITE, CONSULT, ADMINISTER…): 403, whatever Trust. */
    private static Map<Who, Integer> deniedToUnitLeads(Map<Who, Integer> expected) {
        for (Who who : List.of(
                Who.UNIT_LEAD_OWN,
                Who.UNIT_LEAD_PARENT,
                Who.UNIT_LEAD_SIBLING,
                Who.UNIT_LEAD_CHILD,
                Who.UNIT_LEAD_OTHER_TRUST)) {
            expected.put(who, 403);
        }
        return expected;
    }

    /**
     * A write on a record of the fixture ward: its lead and its parent's lead succeed ({@code ok}), a sibling's and a
     * child's lead are refused (403), Trust B's lead does not see it (404).
     */
    private static Map<Who, Integer> onUnit(Map<Who, Integer> expected, int ok) {
        expected.put(Who.UNIT_LEAD_OWN, ok);
        expected.put(Who.UNIT_LEAD_PARENT, ok);
        expected.put(Who.UNIT_LEAD_SIBLING, 403);
        expected.put(Who.UNIT_LEAD_CHILD, 403);
        expected.put(Who.UNIT_LEAD_OTHER_TRUST, 404);
        return expected;
    }

    /** Observations, each on the fixture ward. */
    private static List<Map<String, Object>> onWard(List<Map<String, Object>> items) {
        return items.stream().map(AccessMatrixTest::onWard).toList();
    }

    /** The body, put on the fixture ward. */
    private static Map<String, Object> onWard(Map<String, Object> body) {
        Map<String, Object> placed = new java.util.HashMap<>(body);
        placed.put("unitId", ward);
        return placed;
    }

    private static String created(String path, Map<String, Object> body) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(onWard(body))
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String goalOnWard() {
        return created("/api/v1/trusts/" + trustA + "/goals", Pdsa.goalBody(6));
    }

    private static String actionOnWard() {
        return created("/api/v1/trusts/" + trustA + "/actions", Pdsa.actionBody());
    }

    private static String assessmentOnWard(String assessedOn) {
        return created(
                "/api/v1/trusts/" + trustA + "/assessments",
                Assess.body("SELF", "REVIEW", assessedOn, Assess.ratings("ENGAGEMENT")));
    }

    private static String currentEtag(String path) {
        return asAdmin().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String keyIdOf(String key) {
        return Api.as(key).get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    @Test
    void matrixCoversEveryOperation() {
        ensureCallers();
        Map<String, Map<String, Object>> paths = asAdmin()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        TreeSet<String> operations = new TreeSet<>();
        paths.forEach((path, methods) -> methods.values().forEach(operation -> {
            if (operation instanceof Map<?, ?> op && op.get("operationId") != null) {
                operations.add((String) op.get("operationId"));
            }
        }));
        assertThat(new TreeSet<>(ROWS.keySet()))
                .as("operations in the access matrix")
                .isEqualTo(operations);
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsTheExpectedStatusForEveryOperation() {
        ensureCallers();
        List<DynamicTest> tests = new ArrayList<>();
        ROWS.forEach((operation, row) -> {
            for (Who who : Who.values()) {
                if (row.expected() != null && !row.expected().containsKey(who)) {
                    throw new AssertionError(operation + " has no expectation for " + who);
                }
                int expected = row.expected() == null ? 200 : row.expected().get(who);
                tests.add(DynamicTest.dynamicTest(operation + " as " + who + " → " + expected, () -> {
                    RequestSpecification request = RestAssured.given();
                    if (who != Who.NO_TOKEN) {
                        request.header("Authorization", "Bearer " + BEARER.get(who));
                    }
                    Response response = row.send().apply(request);
                    assertEquals(
                            expected, response.statusCode(), operation + " as " + who + ": " + response.asString());
                    if (expected == 401) {
                        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
                        assertThat(response.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
        });
        return tests.stream();
    }
}
