package org.imroc.tracker.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyTest {

    @Test
    void keyIsShownOnceAndIsLongAndRandom() {
        String trust = TestData.createTrust(TestData.uniqueName("Key"));
        JsonPath created = asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Dashboard",
                        "trustIds",
                        List.of(trust),
                        "expiresOn",
                        LocalDate.now().plusDays(30).toString()))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .extract()
                .jsonPath();
        String key = created.getString("key");
        assertThat(key).startsWith("imk_");
        assertThat(Base64.getUrlDecoder().decode(key.substring(4))).hasSizeGreaterThanOrEqualTo(16);
        String id = created.getString("id");
        asAdmin()
                .get("/api/v1/api-keys/" + id)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("key")))
                .body("name", equalTo("Dashboard"));
        String list = asAdmin()
                .queryParam("limit", 200)
                .get("/api/v1/api-keys")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(list).doesNotContain(key);
    }

    @Test
    void aKeyReadsEveryTrustOnlyWhenThatIsAskedFor() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "No Trusts named"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("trustIds"));
        String trust = TestData.createTrust(TestData.uniqueName("KeyBoth"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Both", "trustIds", List.of(trust), "allTrusts", true))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("trustIds"));
        String key = Api.createKeyForAllTrusts();
        Api.as(key).get("/api/v1/me").then().statusCode(200).body("allTrusts", equalTo(true));
        Api.as(key).get("/api/v1/trusts/" + trust).then().statusCode(200);
        String limited = Api.createKey(List.of(trust));
        Api.as(limited).get("/api/v1/me").then().statusCode(200).body("allTrusts", equalTo(false));
    }

    @Test
    void twoKeysAreNeverTheSame() {
        assertThat(Api.createKeyForAllTrusts()).isNotEqualTo(Api.createKeyForAllTrusts());
    }

    @Test
    void revokedKeyIs401AtTheNextRequest() {
        String key = Api.createKeyForAllTrusts();
        String id =
                Api.as(key).get("/api/v1/me").then().statusCode(200).extract().path("id");
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/api-keys/" + id)
                .then()
                .statusCode(204);
        Api.as(key).get("/api/v1/trusts").then().statusCode(401);
        asAdmin().get("/api/v1/api-keys/" + id).then().statusCode(200).body("revokedAt", notNullValue());
    }

    @Test
    void keysAreReadOnly() {
        String key = Api.createKeyForAllTrusts();
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("Nope")))
                .post("/api/v1/trusts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "x", "newPassword", "y".repeat(12)))
                .post("/api/v1/me/password")
                .then()
                .statusCode(403);
    }

    @Test
    void invalidKeyRequestsAre422() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Old", "expiresOn", "2020-01-01"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("expiresOn"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Ghost", "trustIds", List.of("00000000-0000-0000-0000-000000000000")))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("trustIds"));
    }
}
