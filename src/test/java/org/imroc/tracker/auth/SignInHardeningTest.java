package org.imroc.tracker.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.imroc.tracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Sign-in under parallel load and against its owner: every attempt spends a try before its password is checked, and
 * the lock is per username and client address (tests act as addresses with X-Forwarded-For).
 */
@QuarkusTest
class SignInHardeningTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private static String freshAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    private static Response signIn(String address, String username, String password) {
        return RestAssured.given()
                .header("X-Forwarded-For", address)
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    /** Sends the attempts at once (40 threads released together) and counts the answers by status. */
    private static Map<Integer, Integer> burst(String address, String username, List<String> passwords)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(passwords.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String password : passwords) {
                Callable<Integer> attempt = () -> {
                    start.await();
                    return signIn(address, username, password).statusCode();
                };
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                counts.merge(answer.get(), 1, Integer::sum);
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fortyParallelWrongGuessesAreJudgedOnlyFiveTimes() throws Exception {
        Api.TestUser user = Api.createUser("CONSULTANT", List.of());
        List<String> guesses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            guesses.add("wrong-guess-" + i);
        }
        Map<Integer, Integer> counts = burst(freshAddress(), user.username(), guesses);
        System.out.printf("sign-in burst: 40 wrong guesses in parallel -> %s%n", counts);
        assertThat(counts).containsEntry(401, 5).containsEntry(429, 35).hasSize(2);
    }

    @Test
    void aRightGuessInsideABurstSucceedsOnlyWithinTheBudget() throws Exception {
        Api.TestUser user = Api.createUser("CONSULTANT", List.of());
        List<String> passwords = new ArrayList<>();
        for (int i = 0; i < 39; i++) {
            passwords.add("wrong-guess-" + i);
        }
        passwords.add(20, user.password());
        Map<Integer, Integer> counts = burst(freshAddress(), user.username(), passwords);
        System.out.printf("sign-in burst: 39 wrong and 1 right in parallel -> %s%n", counts);
        assertThat(counts.getOrDefault(200, 0) + counts.getOrDefault(401, 0))
                .as("judged")
                .isEqualTo(5);
        assertThat(counts.get(429)).isEqualTo(35);
    }

    @Test
    void aStrangerElsewhereCannotLockTheOwnerOut() {
        Api.TestUser owner = Api.createUser(
                "TRUST_LEAD",
                List.of(org.imroc.tracker.support.TestData.createTrust(
                        org.imroc.tracker.support.TestData.uniqueName("Owner"))));
        String stranger = freshAddress();
        List<Integer> strangerAnswers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            strangerAnswers.add(signIn(stranger, owner.username(), "guess-" + i).statusCode());
        }
        assertThat(strangerAnswers).containsExactly(401, 401, 401, 401, 401, 429, 429, 429);
        signIn(stranger, owner.username(), owner.password()).then().statusCode(429);

        String home = freshAddress();
        String token = signIn(home, owner.username(), owner.password())
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        Api.as(token)
                .header("X-Forwarded-For", home)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", owner.password(), "newPassword", "owner-new-password-1"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(204);
    }

    @Test
    void failedSignInsAndTheLockoutAreAuditedForAdministratorsOnly() {
        Api.TestUser user = Api.createUser("CONSULTANT", List.of());
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            signIn(address, user.username(), "guess-" + i).then().statusCode(401);
        }
        List<Map<String, Object>> events = asAdmin()
                .queryParam("resourceId", user.id())
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(events)
                .extracting(e -> e.get("kind"))
                .containsExactly(
                        "CREATED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "LOCKED_OUT");
        @SuppressWarnings("unchecked")
        Map<String, Object> actor = (Map<String, Object>) events.get(6).get("actor");
        assertThat(actor).containsEntry("kind", "ANONYMOUS").containsEntry("name", "anonymous from " + address);
        assertThat(events.toString()).doesNotContain("guess-");
        Api.as(user.token())
                .queryParam("resourceId", user.id())
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void usernamesAreAcceptedInAnyCaseAndKeptInLowerCase() {
        String name = "Jo.Case" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        name,
                        "displayName",
                        "Jo",
                        "email",
                        "jo@example.org",
                        "role",
                        "CONSULTANT",
                        "password",
                        "case-password-123"))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .body("username", equalTo(name.toLowerCase()));
        signIn(freshAddress(), name.toUpperCase(), "case-password-123").then().statusCode(200);
        signIn(freshAddress(), name.toLowerCase(), "case-password-123").then().statusCode(200);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        name.toLowerCase(),
                        "displayName",
                        "Jo",
                        "email",
                        "jo@example.org",
                        "role",
                        "CONSULTANT",
                        "password",
                        "case-password-123"))
                .post("/api/v1/users")
                .then()
                .statusCode(409);
    }
}
