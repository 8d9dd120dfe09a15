package org.imroc.tracker.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthenticationTest {

    private static Response signIn(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    @Test
    void signInReturnsABearerTokenThatExpiresWithinAnHour() {
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(TestData.createTrust(TestData.uniqueName("Tok"))));
        signIn(lead.username(), lead.password())
                .then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(3600))
                .body("accessToken.length()", greaterThan(100));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Api.TestUser user = Api.createUser("CONSULTANT", List.of());
        Response wrong = signIn(user.username(), "wrong-password-123");
        Response unknown = signIn("nobody-" + System.nanoTime(), "wrong-password-123");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.jsonPath().getString("detail"))
                .isEqualTo(unknown.jsonPath().getString("detail"));
        assertThat(wrong.jsonPath().getString("type"))
                .isEqualTo(unknown.jsonPath().getString("type"));
    }

    @Test
    void repeatedFailuresForOneUsernameAre429WithRetryAfterEvenWithTheRightPassword() {
        Api.TestUser user = Api.createUser("CONSULTANT", List.of());
        for (int i = 0; i < 5; i++) {
            signIn(user.username(), "wrong-password-" + i).then().statusCode(401);
        }
        signIn(user.username(), user.password())
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+"));
        // The user's existing token is unaffected: the lockout guards sign-in only.
        user.request().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void missingOrMalformedCredentialsAre401WithBearerChallenge() {
        given().get("/api/v1/trusts")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType("application/problem+json");
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .get("/api/v1/trusts")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"));
        given().header("Authorization", "Bearer not-a-token")
                .get("/api/v1/trusts")
                .then()
                .statusCode(401);
    }

    @Test
    void healthStaysOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void meDescribesAUserAndAKey() {
        String trust = TestData.createTrust(TestData.uniqueName("Me"));
        Api.TestUser consultant = Api.createUser("CONSULTANT", List.of(trust));
        consultant
                .request()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(consultant.id()))
                .body("username", equalTo(consultant.username()))
                .body("role", equalTo("CONSULTANT"))
                .body("trustIds", containsInAnyOrder(trust))
                .body("allTrusts", equalTo(false));
        Api.as(Api.createKeyForAllTrusts())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("INTEGRATION"))
                .body("allTrusts", equalTo(true));
    }

    @Test
    void changingThePasswordRetiresOldTokensEvenInTheSecondTheyWereIssued() {
        Api.TestUser user = Api.createUser("CONSULTANT", List.of());
        user.request()
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.password(), "newPassword", "short"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("newPassword"));
        user.request()
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.password(), "newPassword", "a-brand-new-password"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(204);
        user.request().get("/api/v1/me").then().statusCode(401);
        signIn(user.username(), user.password()).then().statusCode(401);
        String fresh = Api.signIn(user.username(), "a-brand-new-password");
        Api.as(fresh).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void disablingAUserStopsTheirTokenAtTheNextRequest() {
        Api.TestUser user = Api.createUser("CONSULTANT", List.of());
        user.request().get("/api/v1/me").then().statusCode(200);
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"active\":false}")
                .patch("/api/v1/users/" + user.id())
                .then()
                .statusCode(200);
        user.request().get("/api/v1/me").then().statusCode(401);
        signIn(user.username(), user.password()).then().statusCode(401);
    }

    @Test
    void userResponsesNeverContainThePassword() {
        Api.TestUser user = Api.createUser("CONSULTANT", List.of());
        String body = asAdmin()
                .get("/api/v1/users/" + user.id())
                .then()
                .statusCode(200)
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")))
                .extract()
                .asString();
        assertThat(body).doesNotContain(user.password()).doesNotContain("$2a$").doesNotContain("$2b$");
    }

    @Test
    void aChangedRoleOrTrustTakesEffectAtTheNextRequestThoughTheCallerWasRemembered() {
        String trust = TestData.createTrust(TestData.uniqueName("Grant change"));
        Api.TestUser user = Api.createUser("CONSULTANT", List.of(trust));
        for (int i = 0; i < 3; i++) {
            user.request().get("/api/v1/trusts/" + trust).then().statusCode(200);
        }
        String etag =
                asAdmin().get("/api/v1/users/" + user.id()).then().extract().header("ETag");
        asAdmin()
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"trustIds\":[]}")
                .patch("/api/v1/users/" + user.id())
                .then()
                .statusCode(200);
        user.request().get("/api/v1/trusts/" + trust).then().statusCode(404);

        Api.TestUser admin = Api.createUser("ADMIN", List.of());
        admin.request().get("/api/v1/users").then().statusCode(200);
        etag = asAdmin().get("/api/v1/users/" + admin.id()).then().extract().header("ETag");
        asAdmin()
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"role\":\"CONSULTANT\"}")
                .patch("/api/v1/users/" + admin.id())
                .then()
                .statusCode(200);
        admin.request().get("/api/v1/users").then().statusCode(403);
    }
}
