package org.imroc.tracker.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The request budgets with small numbers (its own profile): per client address without a credential, per caller for
 * reads and for writes; the headers on every answer, 429 with Retry-After over the budget, and a 304 for free.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest {

    /** Budgets small enough to exhaust in a test. */
    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tracker.rate-limit.anonymous-per-minute",
                    "5",
                    "tracker.rate-limit.reads-per-minute",
                    "8",
                    "tracker.rate-limit.writes-per-minute",
                    "3");
        }
    }

    @Test
    void signInIsLimitedPerClientAddress() {
        String address = "203.0.113.10";
        for (int i = 0; i < 5; i++) {
            signIn(address)
                    .then()
                    .statusCode(401)
                    .header("RateLimit-Policy", equalTo("\"anonymous\";q=5;w=60"))
                    .header("RateLimit", matchesPattern("\"anonymous\";r=" + (4 - i) + ";t=\\d+"));
        }
        Response refused = signIn(address);
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit", matchesPattern("\"anonymous\";r=0;t=\\d+"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        signIn("203.0.113.11").then().statusCode(401);
    }

    @Test
    void readsAndWritesHaveSeparateBudgetsPerCallerAndA304IsFree() {
        String trust = TestData.createTrust(TestData.uniqueName("Budget"));
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(trust));
        String etag = lead.request()
                .get("/api/v1/trusts/" + trust)
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", equalTo("\"reads\";q=8;w=60"))
                .header("RateLimit", matchesPattern("\"reads\";r=7;t=\\d+"))
                .extract()
                .header("ETag");
        for (int i = 0; i < 5; i++) {
            lead.request()
                    .header("If-None-Match", etag)
                    .get("/api/v1/trusts/" + trust)
                    .then()
                    .statusCode(304)
                    .header("RateLimit", matchesPattern("\"reads\";r=7;t=\\d+"));
        }
        for (int remaining = 6; remaining >= 0; remaining--) {
            lead.request()
                    .get("/api/v1/challenges")
                    .then()
                    .statusCode(200)
                    .header("RateLimit", matchesPattern("\"reads\";r=" + remaining + ";t=\\d+"));
        }
        lead.request().get("/api/v1/challenges").then().statusCode(429).header("Retry-After", matchesPattern("\\d+"));
        for (int i = 0; i < 3; i++) {
            lead.request()
                    .contentType(ContentType.JSON)
                    .body(Map.of("title", "t", "owner", "o", "dueOn", "2027-01-01"))
                    .post("/api/v1/trusts/" + trust + "/actions")
                    .then()
                    .statusCode(201)
                    .header("RateLimit-Policy", equalTo("\"writes\";q=3;w=60"));
        }
        lead.request()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "t", "owner", "o", "dueOn", "2027-01-01"))
                .post("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(429);
    }

    private static Response signIn(String address) {
        return RestAssured.given()
                .header("X-Forwarded-For", address)
                .contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-" + address, "password", "not-a-password"))
                .post("/api/v1/auth/token");
    }
}
