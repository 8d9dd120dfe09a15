package org.imroc.tracker.user;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * bcrypt reads 72 bytes of a password, so every place a password is set refuses one longer than that in UTF-8 (422
 * naming the limit in bytes), even when it has no more than 72 characters: 24 euro signs and 48 letters are 120 bytes,
 * and their hash would let the 24 euro signs alone sign in.
 */
@QuarkusTest
class PasswordBytesTest {

    private static final String EUROS = "\u20ac".repeat(24);
    private static final String TOO_LONG = EUROS + "abcdefgh".repeat(6);

    @Test
    void creatingAUserWithAPasswordOverSeventyTwoBytesIs422AndItsPrefixCannotSignIn() {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        username,
                        "displayName",
                        "Euro",
                        "email",
                        username + "@example.org",
                        "role",
                        "CONSULTANT",
                        "trustIds",
                        List.of(),
                        "password",
                        TOO_LONG))
                .post("/api/v1/users")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("72 bytes"));
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", EUROS))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401);
    }

    @Test
    void resettingOrChangingToAPasswordOverSeventyTwoBytesIs422() {
        Api.TestUser user = Api.createUser("CONSULTANT", List.of());
        // The charset is named: REST Assured would send a media type it does not know as ISO-8859-1, losing the euros.
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json; charset=utf-8")
                .body(Map.of("password", TOO_LONG))
                .patch("/api/v1/users/" + user.id())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("72 bytes"));
        Api.as(user.token())
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.password(), "newPassword", TOO_LONG))
                .post("/api/v1/me/password")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("newPassword"))
                .body("errors[0].message", containsString("72 bytes"));
    }

    @Test
    void aPasswordOfExactlySeventyTwoBytesIsAcceptedAndSignsIn() {
        Api.TestUser user = Api.createUser("CONSULTANT", List.of());
        Api.as(user.token())
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", user.password(), "newPassword", EUROS))
                .post("/api/v1/me/password")
                .then()
                .statusCode(204);
        Api.signIn(user.username(), EUROS);
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", EUROS + "x"))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401);
    }
}
