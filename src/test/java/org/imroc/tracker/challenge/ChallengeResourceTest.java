package org.imroc.tracker.challenge;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ChallengeResourceTest {

    @Test
    void listsTheTenChallengesInOrderWithTheirCodes() {
        asAdmin()
                .when()
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .body("items", hasSize(10))
                .body("nextCursor", nullValue())
                .body("items.number", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                .body(
                        "items.code",
                        contains(
                                "interactions",
                                "co-produced-learning",
                                "recovery-college",
                                "culture",
                                "personalisation",
                                "workforce",
                                "risk",
                                "partnerships",
                                "staff-recovery",
                                "beyond-illness"));
    }

    @Test
    void challengeCarriesTheExactWordingAndTheStageScale() {
        asAdmin()
                .when()
                .get("/api/v1/challenges/6")
                .then()
                .statusCode(200)
                .body("code", equalTo("workforce"))
                .body("title", equalTo("Transforming the workforce – peers in a variety of positions"))
                .body("stages.stage", contains("NOT_STARTED", "ENGAGEMENT", "DEVELOPMENT", "TRANSFORMATION"))
                .body("stages.level", contains(0, 1, 2, 3));
        asAdmin()
                .when()
                .get("/api/v1/challenges/2")
                .then()
                .statusCode(200)
                .body("title", equalTo("Delivering comprehensive, 'co-produced' learning programmes"));
    }

    @Test
    void oneChallengeHasAnETagAndMayBeKeptAndRevalidated() {
        io.restassured.response.Response first = asAdmin().when().get("/api/v1/challenges/3");
        first.then().statusCode(200).header("Cache-Control", equalTo("private, no-cache"));
        String etag = first.header("ETag");
        org.assertj.core.api.Assertions.assertThat(etag).matches("\"[0-9a-f]{32}\"");
        asAdmin()
                .header("If-None-Match", etag)
                .when()
                .get("/api/v1/challenges/3")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));
        org.assertj.core.api.Assertions.assertThat(
                        asAdmin().when().get("/api/v1/challenges/4").header("ETag"))
                .isNotEqualTo(etag);
        asAdmin()
                .when()
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache"));
        asAdmin().when().get("/api/v1/trusts").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "11", "-1", "abc"})
    void numberOutsideOneToTenIsNotFound(String number) {
        asAdmin()
                .when()
                .get("/api/v1/challenges/" + number)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
