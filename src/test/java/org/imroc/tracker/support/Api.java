package org.imroc.tracker.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real credentials for tests: signs in through POST /api/v1/auth/token and creates users and integration keys
 * through the API, as an administrator would.
 */
public final class Api {

    private static volatile String adminToken;

    private Api() {}

    /** A request made by the bootstrap administrator. */
    public static RequestSpecification asAdmin() {
        return given().auth().oauth2(adminToken());
    }

    /** A request made with this access token or integration key. */
    public static RequestSpecification as(String bearer) {
        return given().auth().oauth2(bearer);
    }

    public static String adminToken() {
        if (adminToken == null) {
            synchronized (Api.class) {
                if (adminToken == null) {
                    String password =
                            ConfigProvider.getConfig().getValue("tracker.bootstrap.admin-password", String.class);
                    adminToken = signIn("admin", password);
                }
            }
        }
        return adminToken;
    }

    public static String signIn(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    /** Creates a user with the role and Trusts given, and signs them in. */
    public static TestUser createUser(String role, Collection<String> trustIds) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String password = "pw-" + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Test " + role);
        body.put("email", username + "@example.org");
        body.put("role", role);
        body.put("trustIds", List.copyOf(trustIds));
        body.put("password", password);
        String id = asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new TestUser(id, username, password, signIn(username, password));
    }

    /** Creates a UNIT_LEAD of the Trust for the units given, and signs them in. */
    public static TestUser createUnitLead(String trustId, Collection<String> unitIds) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String password = "pw-" + UUID.randomUUID();
        String id = asAdmin()
                .contentType(ContentType.JSON)
                .body(unitLeadBody(username, password, trustId, unitIds))
                .when()
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new TestUser(id, username, password, signIn(username, password));
    }

    /** The body that creates a UNIT_LEAD with this username and password. */
    public static Map<String, Object> unitLeadBody(
            String username, String password, String trustId, Collection<String> unitIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Test UNIT_LEAD");
        body.put("email", username + "@example.org");
        body.put("role", "UNIT_LEAD");
        body.put("trustIds", List.of(trustId));
        body.put("unitIds", List.copyOf(unitIds));
        body.put("password", password);
        return body;
    }

    /** Creates an integration key for the Trusts given and returns the key. */
    public static String createKey(Collection<String> trustIds) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Test key " + UUID.randomUUID(), "trustIds", List.copyOf(trustIds)))
                .when()
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    /** Creates an integration key that reads every Trust (asked for explicitly) and returns the key. */
    public static String createKeyForAllTrusts() {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Test key " + UUID.randomUUID(), "allTrusts", true))
                .when()
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    /** A user created for a test, with a token of theirs. */
    public record TestUser(String id, String username, String password, String token) {
        public RequestSpecification request() {
            return Api.as(token);
        }
    }
}
