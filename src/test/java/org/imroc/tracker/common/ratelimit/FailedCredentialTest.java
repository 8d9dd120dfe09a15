package org.imroc.tracker.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.LogCapture;
import org.imroc.tracker.support.SqlStatements;
import org.junit.jupiter.api.Test;

/**
 * A credential that does not verify is an anonymous request: it spends the address's anonymous budget before it is
 * looked up, so guessing tokens or keys is no cheaper than guessing passwords, and over the budget it is 429 with
 * Retry-After, costs no database read and writes no stack trace to the log.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class FailedCredentialTest {

    private static final int ANONYMOUS_BUDGET = 5;

    @Test
    void wrongBearerTokensSpendTheAnonymousBudgetOfTheAddress() {
        assertGuessesAreLimited(
                "203.0.113.40", () -> "eyJ" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Test
    void wrongIntegrationKeysSpendTheAnonymousBudgetOfTheAddress() {
        assertGuessesAreLimited(
                "203.0.113.41", () -> "imk_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Test
    void aWrongCredentialAndNoCredentialShareOneBudget() {
        String address = "203.0.113.42";
        for (int i = 0; i < ANONYMOUS_BUDGET; i++) {
            guess(address, "imk_" + UUID.randomUUID()).then().statusCode(401);
        }
        RestAssured.given()
                .header("X-Forwarded-For", address)
                .get("/api/v1/challenges")
                .then()
                .statusCode(429);
        RestAssured.given()
                .header("X-Forwarded-For", "203.0.113.43")
                .get("/api/v1/challenges")
                .then()
                .statusCode(401);
    }

    @Test
    void aValidCredentialSpendsItsCallersBudgetNotTheAddresss() {
        String address = "203.0.113.44";
        String token = Api.adminToken();
        for (int i = 0; i < ANONYMOUS_BUDGET + 1; i++) {
            RestAssured.given()
                    .header("X-Forwarded-For", address)
                    .auth()
                    .oauth2(token)
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200);
        }
        guess(address, "imk_" + UUID.randomUUID()).then().statusCode(401);
    }

    private static void assertGuessesAreLimited(String address, java.util.function.Supplier<String> credential) {
        int guesses = 40;
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Long> statementsWhenRefused = new ArrayList<>();
        try (LogCapture log = LogCapture.allLevels()) {
            for (int i = 0; i < guesses; i++) {
                Response[] answer = new Response[1];
                long statements = SqlStatements.during(() -> answer[0] = guess(address, credential.get()));
                statuses.merge(answer[0].statusCode(), 1, Integer::sum);
                if (i < ANONYMOUS_BUDGET) {
                    assertThat(answer[0].statusCode()).as("guess %d", i).isEqualTo(401);
                } else {
                    assertThat(answer[0].statusCode()).as("guess %d", i).isEqualTo(429);
                    assertThat(answer[0].header("Retry-After")).matches("\\d+");
                    assertThat(answer[0].contentType()).startsWith("application/problem+json");
                    statementsWhenRefused.add(statements);
                }
            }
            assertThat(statuses)
                    .containsExactlyInAnyOrderEntriesOf(Map.of(401, ANONYMOUS_BUDGET, 429, guesses - ANONYMOUS_BUDGET));
            assertThat(statementsWhenRefused)
                    .as("database reads of a refused guess")
                    .containsOnly(0L);
            assertThat(log.records()).as("log lines").hasSizeLessThanOrEqualTo(guesses);
            assertThat(log.withStackTraces()).as("log lines with a stack trace").isEmpty();
        }
    }

    private static Response guess(String address, String credential) {
        return RestAssured.given()
                .header("X-Forwarded-For", address)
                .auth()
                .oauth2(credential)
                .get("/api/v1/me");
    }
}
