package org.imroc.tracker.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.as;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.imroc.tracker.support.TestIssuer;
import org.imroc.tracker.support.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Trust's identity provider end to end, against an issuer on 127.0.0.1 ({@link TestIssuer}) that Quarkus OIDC
 * reads the keys of: connecting it, people signing in with its tokens (created just in time, their role from their
 * groups), and every refusal. The real Keycloak test is scripts/IdpTest.java in .ci/run.
 */
@QuarkusTest
class IdentityProviderTest {

    private TestIssuer idp;
    private String trust;
    private String ward;

    @BeforeEach
    void issuer() {
        idp = new TestIssuer("trust-" + UUID.randomUUID());
        trust = TestData.createTrust(TestData.uniqueName("Federated"));
        ward = Units.ward(trust);
    }

    @AfterEach
    void close() {
        idp.close();
    }

    private Map<String, Object> providerBody(String issuer, Boolean localSignIn) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuer", issuer);
        body.put("audience", "tracker");
        body.put(
                "roleMappings",
                List.of(
                        Map.of("claimValue", "trust-leads", "role", "TRUST_LEAD"),
                        Map.of("claimValue", "ward-leads", "role", "UNIT_LEAD", "unitIds", List.of(ward))));
        if (localSignIn != null) {
            body.put("localSignIn", localSignIn);
        }
        return body;
    }

    private JsonPath connect() {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(providerBody(idp.issuer(), null))
                .post("/api/v1/trusts/" + trust + "/identity-providers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static String sub() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aTrustLeadSignsInWithTheTrustsProviderAndSeesOnlyTheirTrust() {
        JsonPath provider = connect();
        assertThat(provider.getString("jwksUri")).isEqualTo(idp.issuer() + "/protocol/openid-connect/certs");
        assertThat(provider.getString("usernameClaim")).isEqualTo("preferred_username");
        assertThat(provider.getString("rolesClaim")).isEqualTo("groups");
        assertThat(provider.getBoolean("localSignIn")).isFalse();
        assertThat(provider.getBoolean("active")).isTrue();
        assertThat(idp.discoveryReads()).isEqualTo(1);
        String other = TestData.createTrust(TestData.uniqueName("Elsewhere"));

        String token = idp.token(sub(), "Alice", List.of("trust-leads", "everyone"));
        JsonPath me =
                as(token).get("/api/v1/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getString("role")).isEqualTo("TRUST_LEAD");
        assertThat(me.getList("trustIds")).containsExactly(trust);
        assertThat(me.getString("username"))
                .isEqualTo("alice@idp-" + provider.getString("id").substring(0, 8));
        assertThat(me.getString("identityProvider.id")).isEqualTo(provider.getString("id"));
        assertThat(me.getString("identityProvider.issuer")).isEqualTo(idp.issuer());
        as(token).get("/api/v1/trusts/" + trust).then().statusCode(200);
        as(token).get("/api/v1/trusts/" + other).then().statusCode(404);
        assertThat(as(token)
                        .get("/api/v1/trusts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id"))
                .containsExactly(trust);
        // the same token again: the same user, not another one
        assertThat(as(token).get("/api/v1/me").then().extract().path("id").toString())
                .isEqualTo(me.getString("id"));
        JsonPath user = asAdmin()
                .get("/api/v1/users/" + me.getString("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(user.getString("identityProviderId")).isEqualTo(provider.getString("id"));
        assertThat(user.getString("displayName")).isEqualTo("Test Alice");
    }

    @Test
    void aGroupChangeAtTheProviderChangesTheRoleOnTheNextToken() {
        connect();
        String person = sub();
        JsonPath lead = as(idp.token(person, "bob", List.of("ward-leads")))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(lead.getString("role")).isEqualTo("UNIT_LEAD");
        assertThat(lead.getList("unitIds")).containsExactly(ward);

        JsonPath promoted = as(idp.token(person, "bob", List.of("trust-leads")))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(promoted.getString("role")).isEqualTo("TRUST_LEAD");
        assertThat(promoted.getList("unitIds")).isEmpty();
        assertThat(promoted.getString("id")).isEqualTo(lead.getString("id"));
        assertThat(asAdmin()
                        .get("/api/v1/users/" + lead.getString("id"))
                        .then()
                        .extract()
                        .path("role")
                        .toString())
                .isEqualTo("TRUST_LEAD");
    }

    @Test
    void aTokenThatMapsToNoRoleIsForbiddenWithTheMissingGroupNamed() {
        connect();
        given().auth()
                .oauth2(idp.token(sub(), "carol", List.of("finance")))
                .get("/api/v1/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("'trust-leads', 'ward-leads'"))
                .body("detail", containsString("'groups'"))
                .body("detail", containsString("'finance'"));
    }

    @Test
    void aUserDisabledInTheTrackerIsRefusedAtOnceWithAValidToken() {
        connect();
        String person = sub();
        String token = idp.token(person, "dora", List.of("trust-leads"));
        String id = as(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        long version =
                ((Number) asAdmin().get("/api/v1/users/" + id).then().extract().path("version")).longValue();
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("active", false))
                .patch("/api/v1/users/" + id)
                .then()
                .statusCode(200);
        as(token)
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        // and a fresh token does not bring them back
        as(idp.token(person, "dora", List.of("trust-leads")))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
    }

    @Test
    void forgedTokensAreRefused() {
        connect();
        String person = sub();
        // a control: the same claims, properly signed, are accepted
        as(idp.token(person, "eve", List.of("trust-leads")))
                .get("/api/v1/me")
                .then()
                .statusCode(200);

        as(idp.signWithOtherKey(idp.claims(person, "eve", List.of("trust-leads"))))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        as(idp.sign(idp.claims(person, "eve", List.of("trust-leads")).audience("another-app")))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        Instant past = Instant.now().minusSeconds(600);
        as(idp.sign(idp.claims(person, "eve", List.of("trust-leads"))
                        .issuedAt(past)
                        .expiresAt(past.plusSeconds(300))))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        // expired within the allowed clock skew (60 s) still passes; beyond it not
        as(idp.sign(idp.claims(person, "eve", List.of("trust-leads"))
                        .issuedAt(Instant.now().minusSeconds(300))
                        .expiresAt(Instant.now().minusSeconds(20))))
                .get("/api/v1/me")
                .then()
                .statusCode(200);
        as(idp.sign(idp.claims(person, "eve", List.of("trust-leads"))
                        .issuedAt(Instant.now().minusSeconds(300))
                        .expiresAt(Instant.now().minusSeconds(90))))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        String payload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        ("{\"iss\":\"" + idp.issuer() + "\",\"aud\":\"tracker\",\"sub\":\"" + person + "\",\"exp\":"
                                        + (Instant.now().getEpochSecond() + 300) + ",\"groups\":[\"trust-leads\"]}")
                                .getBytes());
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        as(none + "." + payload + ".").get("/api/v1/me").then().statusCode(401);
        // ID and refresh tokens are not access tokens, even signed by the provider for the audience
        as(idp.sign(idp.claims(person, "eve", List.of("trust-leads")).claim("typ", "ID")))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        as(idp.sign(idp.claims(person, "eve", List.of("trust-leads")).claim("nonce", "n-0S6_WzA2Mj")))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        as(idp.sign(idp.claims(person, "eve", List.of("trust-leads")).claim("typ", "Refresh")))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        as(idp.sign(idp.claims(person, "eve", List.of("trust-leads")).claim("typ", "Bearer")))
                .get("/api/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void aTokenSeenBeforeCostsWhatTheTrackersOwnTokenCosts() {
        connect();
        String token = idp.token(sub(), "ivan", List.of("trust-leads"));
        String path = "/api/v1/trusts/" + trust + "/progress";
        String etag = as(token).get(path).then().statusCode(200).extract().header("ETag");
        // verified once (VerifiedProviderTokens): a poll's 304 then costs only the caller check's one statement, which
        // also reads the change feed's number, as with the tracker's own token (the least of three, in case a
        // background job wrote)
        long poll = SqlStatements.leastOf(
                3,
                () -> as(token).header("If-None-Match", etag).get(path).then().statusCode(304));
        assertThat(poll).isEqualTo(SqlStatements.CALLER_LOOKUP);
        assertThat(as(token).get("/api/v1/me").then().statusCode(200).extract().<String>path("role"))
                .isEqualTo("TRUST_LEAD");
    }

    @Test
    void aProviderChangedSinceATokenWasVerifiedHasItVerifiedAgainUnderItsNewSettings() {
        JsonPath provider = connect();
        String id = provider.getString("id");
        String token = idp.token(sub(), "jill", List.of("trust-leads"));
        as(token).get("/api/v1/me").then().statusCode(200);

        // the provider now wants another audience: the token, remembered as verified, is refused at once
        long version = patchProvider(id, provider.getLong("version"), Map.of("audience", "another-app"));
        as(token).get("/api/v1/me").then().statusCode(401);
        // and back: it is verified again and accepted
        version = patchProvider(id, version, Map.of("audience", "tracker"));
        as(token).get("/api/v1/me").then().statusCode(200);
        // a change it still meets (a role mapping): verified again, accepted, and the new mapping applies
        patchProvider(
                id,
                version,
                Map.of(
                        "roleMappings",
                        List.of(Map.of("claimValue", "trust-leads", "role", "UNIT_LEAD", "unitIds", List.of(ward)))));
        JsonPath me =
                as(token).get("/api/v1/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getString("role")).isEqualTo("UNIT_LEAD");
        assertThat(me.getList("unitIds")).containsExactly(ward);
    }

    private static long patchProvider(String id, long version, Map<String, Object> patch) {
        return asAdmin()
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"" + version + "\"")
                .body(patch)
                .patch("/api/v1/identity-providers/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    @Test
    void aTokenOfAnIssuerNoProviderNamesIsRefusedWithoutAnyOutboundCall() {
        try (TestIssuer stranger = new TestIssuer("stranger")) {
            as(stranger.token(sub(), "mallory", List.of("trust-leads")))
                    .get("/api/v1/me")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
            assertThat(stranger.discoveryReads()).isZero();
            assertThat(stranger.keyReads()).isZero();
        }
    }

    @Test
    void aProviderMadeInactiveOrDeletedStopsItsTokensAtOnce() {
        JsonPath provider = connect();
        String id = provider.getString("id");
        String token = idp.token(sub(), "frank", List.of("trust-leads"));
        String userId =
                as(token).get("/api/v1/me").then().statusCode(200).extract().path("id");

        JsonPath off = asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + provider.getLong("version") + "\"")
                .body(Map.of("active", false))
                .patch("/api/v1/identity-providers/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        as(token).get("/api/v1/me").then().statusCode(401);

        JsonPath on = asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + off.getLong("version") + "\"")
                .body(Map.of("active", true))
                .patch("/api/v1/identity-providers/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        as(token).get("/api/v1/me").then().statusCode(200);

        asAdmin()
                .header("If-Match", "\"" + on.getLong("version") + "\"")
                .delete("/api/v1/identity-providers/" + id)
                .then()
                .statusCode(204);
        as(token).get("/api/v1/me").then().statusCode(401);
        asAdmin().get("/api/v1/identity-providers/" + id).then().statusCode(404);
        JsonPath user = asAdmin()
                .get("/api/v1/users/" + userId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(user.getBoolean("active")).isFalse();
        assertThat(user.getString("identityProviderId")).isNull();
    }

    @Test
    void aPersonIsNeverMergedWithALocalUserOfTheSameName() {
        JsonPath provider = connect();
        Api.TestUser local = Api.createUser("CONSULTANT", List.of(trust));
        JsonPath me = as(idp.token(sub(), local.username(), List.of("trust-leads")))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(me.getString("id")).isNotEqualTo(local.id());
        assertThat(me.getString("role")).isEqualTo("TRUST_LEAD");
        assertThat(me.getString("username"))
                .isEqualTo(local.username() + "@idp-" + provider.getString("id").substring(0, 8));
        // a second person with the same username at the provider is a third user, with a distinct name
        JsonPath twin = as(idp.token(sub(), local.username(), List.of("trust-leads")))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(twin.getString("id")).isNotEqualTo(me.getString("id"));
        assertThat(twin.getString("username")).isNotEqualTo(me.getString("username"));
    }

    @Test
    void aTrustsStaffSignInThroughItsProviderUnlessLocalSignInIsKept() {
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(trust));
        Api.TestUser consultant = Api.createUser("CONSULTANT", List.of(trust));
        JsonPath provider = connect(); // localSignIn defaults to false
        given().contentType(ContentType.JSON)
                .body(Map.of("username", lead.username(), "password", lead.password()))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(403)
                .body("detail", containsString("identity provider"));
        Api.signIn(consultant.username(), consultant.password()); // consultants keep the tracker's sign-in
        asAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + provider.getLong("version") + "\"")
                .body(Map.of("localSignIn", true))
                .patch("/api/v1/identity-providers/" + provider.getString("id"))
                .then()
                .statusCode(200)
                .body("localSignIn", equalTo(true));
        Api.signIn(lead.username(), lead.password());
    }

    @Test
    void aProviderWhoseDiscoveryDocumentIsWrongOrUnsafeIsNotSaved() {
        idp.advertise("https://login.example.org/someone-else");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(providerBody(idp.issuer(), null))
                .post("/api/v1/trusts/" + trust + "/identity-providers")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("issuer"))
                .body("errors[0].message", containsString("names another issuer"));
        String closed = "http://127.0.0.1:1/realms/none";
        asAdmin()
                .contentType(ContentType.JSON)
                .body(providerBody(closed, null))
                .post("/api/v1/trusts/" + trust + "/identity-providers")
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("could not be read"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(providerBody("http://169.254.169.254/latest", null))
                .post("/api/v1/trusts/" + trust + "/identity-providers")
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("tracker.identity.allowed-targets"));
        Map<String, Object> admin = providerBody(idp.issuer(), null);
        admin.put("roleMappings", List.of(Map.of("claimValue", "it", "role", "ADMIN")));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(admin)
                .post("/api/v1/trusts/" + trust + "/identity-providers")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("roleMappings[0].role"));
    }

    @Test
    void anIssuerBelongsToOneProviderAndATokenToOneTrust() {
        idp.advertise(idp.issuer());
        connect();
        String other = TestData.createTrust(TestData.uniqueName("Neighbour"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(providerBody(idp.issuer(), null))
                .post("/api/v1/trusts/" + other + "/identity-providers")
                .then()
                .statusCode(409);
        assertThat(asAdmin()
                        .get("/api/v1/trusts/" + trust + "/identity-providers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .hasSize(1);
    }

    @Test
    void aRotatedKeyIsFetchedOnceWhenATokenNamesIt() {
        connect();
        as(idp.token(sub(), "gina", List.of("trust-leads")))
                .get("/api/v1/me")
                .then()
                .statusCode(200);
        int reads = idp.keyReads();
        idp.rotateKey();
        as(idp.token(sub(), "gina", List.of("trust-leads")))
                .get("/api/v1/me")
                .then()
                .statusCode(200);
        assertThat(idp.keyReads()).isEqualTo(reads + 1);
    }

    @Test
    void aProviderWhoseKeysCannotBeReachedIsUnavailableNotAnError() {
        connect();
        String token = idp.token(sub(), "hana", List.of("trust-leads"));
        idp.close(); // its keys were never read: the first token needs them
        as(token)
                .get("/api/v1/me")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "60")
                .body("detail", containsString("identity provider could not be reached"));
    }

    @Test
    void onlyAdministratorsConnectProviders() {
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(trust));
        lead.request()
                .contentType(ContentType.JSON)
                .body(providerBody(idp.issuer(), null))
                .post("/api/v1/trusts/" + trust + "/identity-providers")
                .then()
                .statusCode(403);
        assertThat(idp.discoveryReads()).isZero();
        asAdmin()
                .get("/api/v1/trusts/" + UUID.randomUUID() + "/identity-providers")
                .then()
                .statusCode(404);
    }
}
