package org.imroc.tracker.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.Receiver;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against a real receiver on 127.0.0.1 that verifies every signature as the Standard Webhooks libraries
 * do. The test profile retries after 0.2, 0.4 and 0.8 s and gives a receiver 1 s to answer; this class's profile
 * runs the sender (the rest of the suite has it off, so that statement counts are the request's own).
 */
@QuarkusTest
@TestProfile(WebhookTest.Sending.class)
class WebhookTest {

    /** The sender on, looking for due deliveries as often as the scheduler allows. */
    public static class Sending implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.webhooks.poll-every", "0.2s");
        }
    }

    @Inject
    WebhookSender sender;

    private Receiver receiver;
    private String trust;

    @BeforeEach
    void receiver() throws Exception {
        receiver = new Receiver();
        trust = TestData.createTrust(TestData.uniqueName("Hooked"));
    }

    @AfterEach
    void close() {
        receiver.close();
    }

    private JsonPath subscribe(List<String> eventTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", receiver.url());
        body.put("eventTypes", eventTypes);
        body.put("trustIds", List.of(trust));
        body.put("description", "Northshire intranet dashboard");
        JsonPath created = asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(created.getString("secret")).startsWith("whsec_");
        receiver.trust(created.getString("secret"));
        return created;
    }

    private List<Receiver.Received> awaitMessages(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() >= count);
        return receiver.received();
    }

    @Test
    void changesArriveSignedInFeedOrderAndOnlyThoseAskedFor() {
        JsonPath sub = subscribe(List.of("action"));
        asAdmin()
                .get("/api/v1/webhooks/" + sub.getString("id"))
                .then()
                .statusCode(200)
                .body("secret", nullValue());
        String goal = Pdsa.goal(trust); // a goal: not asked for
        List<String> actions = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            actions.add(Pdsa.action(trust));
        }
        String other = TestData.createTrust(TestData.uniqueName("Not hooked"));
        Pdsa.action(other); // another Trust's: never sent
        List<Receiver.Received> got = awaitMessages(5);
        assertThat(got).allMatch(Receiver.Received::verified);
        assertThat(got.stream()
                        .map(r -> JsonPath.from(r.body()).getString("data.resourceId"))
                        .toList())
                .containsExactlyElementsOf(actions);
        assertThat(got.stream()
                        .map(r -> JsonPath.from(r.body()).getString("type"))
                        .distinct()
                        .toList())
                .containsExactly("action.created");
        assertThat(got.stream().map(Receiver.Received::id).distinct()).hasSize(5);
        JsonPath first = JsonPath.from(got.get(0).body());
        assertThat(first.getString("data.trustId")).isEqualTo(trust);
        assertThat(first.getString("data.cursor")).isNotBlank();
        assertThat(got.get(0).body()).doesNotContain(goal);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(asAdmin()
                                .get("/api/v1/webhooks/" + sub.getString("id") + "/deliveries")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("items.outcome"))
                        .containsOnly("SUCCEEDED")
                        .hasSize(5));
        // nothing more arrives: the goal and the other Trust's action were passed over
        await().during(Duration.ofMillis(800))
                .atMost(Duration.ofSeconds(3))
                .until(() -> receiver.received().size() == 5);
    }

    @Test
    void failuresAreRetriedWithTheSameIdHonouringRetryAfterAndATimeoutIsAFailure() {
        JsonPath sub = subscribe(List.of("*"));
        receiver.script(
                new Receiver.Answer(500, null, 0),
                new Receiver.Answer(429, "1", 0),
                new Receiver.Answer(200, null, 4000)); // the third answers too late (the test timeout is 3 s)
        Pdsa.action(trust);
        List<Receiver.Received> got = awaitMessages(4);
        assertThat(got.stream().map(Receiver.Received::id).distinct()).hasSize(1);
        assertThat(got).allMatch(Receiver.Received::verified);
        long afterServerError = got.get(1).receivedAtMillis() - got.get(0).receivedAtMillis();
        long afterTooMany = got.get(2).receivedAtMillis() - got.get(1).receivedAtMillis();
        assertThat(afterServerError).as("first retry after about 0.2 s").isBetween(150L, 2_000L);
        assertThat(afterTooMany).as("Retry-After: 1 honoured").isGreaterThanOrEqualTo(950L);
        System.out.printf(
                "webhook retries observed: 500 → %d ms → 429 (Retry-After 1) → %d ms → timeout → %d ms → 200%n",
                afterServerError,
                afterTooMany,
                got.get(3).receivedAtMillis() - got.get(2).receivedAtMillis());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonPath log = asAdmin()
                    .get("/api/v1/webhooks/" + sub.getString("id") + "/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(log.getList("items.outcome")).containsExactly("FAILED", "FAILED", "FAILED", "SUCCEEDED");
            assertThat(log.getList("items.responseStatus")).containsExactly(500, 429, null, 200);
            assertThat(log.getString("items[2].error")).contains("no answer within");
            assertThat(log.getList("items.attempt")).containsExactly(1, 2, 3, 4);
        });
    }

    @Test
    void anEventTheReceiverRefusesDoesNotHoldBackTheOnesAfterIt() {
        JsonPath sub = subscribe(List.of("action.created"));
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        receiver.otherwise(r -> seen.add(r.id()) ? new Receiver.Answer(500, null, 0) : Receiver.Answer.ok());
        List<String> actions = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            actions.add(Pdsa.action(trust));
        }
        List<Receiver.Received> got = awaitMessages(10);
        List<String> ids = got.stream().map(Receiver.Received::id).toList();
        List<String> firstTries = ids.stream().distinct().toList();
        assertThat(firstTries).hasSize(5);
        assertThat(firstTries.stream()
                        .map(id ->
                                JsonPath.from(got.get(ids.indexOf(id)).body()).getString("data.resourceId"))
                        .toList())
                .as("first attempts in feed order")
                .containsExactlyElementsOf(actions);
        assertThat(ids.indexOf(firstTries.get(1)))
                .as("the second event is sent before the first is retried")
                .isLessThan(ids.lastIndexOf(firstTries.get(0)));
        assertThat(got).allMatch(Receiver.Received::verified);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonPath log = asAdmin()
                    .get("/api/v1/webhooks/" + sub.getString("id") + "/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(log.getList("items.outcome"))
                    .filteredOn("SUCCEEDED"::equals)
                    .hasSize(5);
            asAdmin()
                    .get("/api/v1/webhooks/" + sub.getString("id"))
                    .then()
                    .statusCode(200)
                    .body("retrying", equalTo(0))
                    .body("pendingAttempts", equalTo(0));
        });
    }

    @Test
    void atMostEightRefusedEventsWaitAndTheRestFollowOnceTheReceiverRecovers() {
        JsonPath sub = subscribe(List.of("action.created"));
        receiver.otherwise(r -> new Receiver.Answer(503, null, 0));
        for (int i = 0; i < 12; i++) {
            Pdsa.action(trust);
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> receiver.received().stream()
                                        .map(Receiver.Received::id)
                                        .distinct()
                                        .count()
                                >= 8
                        && receiver.received().size() >= 16);
        assertThat(receiver.received().stream().map(Receiver.Received::id).distinct())
                .as("events tried")
                .hasSize(8);
        asAdmin()
                .get("/api/v1/webhooks/" + sub.getString("id"))
                .then()
                .statusCode(200)
                .body("retrying", equalTo(8))
                .body("active", equalTo(true))
                .body("pendingAttempts", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("failingSince", org.hamcrest.Matchers.notNullValue());
        receiver.otherwise(r -> Receiver.Answer.ok());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> receiver.received().stream()
                                .map(Receiver.Received::id)
                                .distinct()
                                .count()
                        == 12);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> asAdmin()
                        .get("/api/v1/webhooks/" + sub.getString("id"))
                        .then()
                        .statusCode(200)
                        .body("retrying", equalTo(0)));
    }

    @Test
    void goneDisablesTheSubscriptionAndAReplayDeliversTheSameMessagesAgain() {
        JsonPath sub = subscribe(List.of("action.created"));
        String id = sub.getString("id");
        String start = sub.getString("position");
        receiver.script(new Receiver.Answer(410, null, 0));
        Pdsa.action(trust);
        awaitMessages(1);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> asAdmin()
                        .get("/api/v1/webhooks/" + id)
                        .then()
                        .statusCode(200)
                        .body("active", equalTo(false))
                        .body("disabledReason", equalTo("the receiver answered 410 Gone")));
        Pdsa.action(trust); // while disabled: kept, not sent
        String etag = asAdmin().get("/api/v1/webhooks/" + id).then().extract().header("ETag");
        asAdmin()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("after", start))
                .post("/api/v1/webhooks/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
        List<Receiver.Received> got = awaitMessages(3);
        assertThat(got.get(1).id())
                .as("the message refused with 410, again")
                .isEqualTo(got.get(0).id());
        assertThat(got.get(2).id()).isNotEqualTo(got.get(0).id());
        assertThat(got).allMatch(Receiver.Received::verified);
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneDuringTheOverlap() {
        JsonPath sub = subscribe(List.of("*"));
        String old = sub.getString("secret");
        String etag = asAdmin()
                .get("/api/v1/webhooks/" + sub.getString("id"))
                .then()
                .extract()
                .header("ETag");
        String fresh = asAdmin()
                .header("If-Match", etag)
                .post("/api/v1/webhooks/" + sub.getString("id") + "/rotate-secret")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        Pdsa.action(trust);
        Receiver.Received r = awaitMessages(1).get(0);
        assertThat(r.signatures().split(" ")).hasSize(2);
        assertThat(receiver.verifiesUnderEach(r, List.of(old, fresh))).isTrue();
    }

    @Test
    void aTestPingIsSentAtOnceAndAnsweredInTheResponse() {
        JsonPath sub = subscribe(List.of("*"));
        asAdmin()
                .post("/api/v1/webhooks/" + sub.getString("id") + "/test")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("SUCCEEDED"))
                .body("eventType", equalTo("webhook.test"))
                .body("responseStatus", equalTo(200));
        Receiver.Received r = receiver.received().get(0);
        assertThat(r.verified()).isTrue();
        assertThat(JsonPath.from(r.body()).getString("type")).isEqualTo("webhook.test");
    }

    @Test
    void targetsThatCouldReachInsideAreRefused() {
        for (String url : List.of(
                "http://10.1.2.3/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]:8080/",
                "http://192.168.0.10/",
                "ftp://127.0.0.1/hook",
                "http://user:pw@127.0.0.1/hook",
                "not a url",
                "http://does-not-resolve.invalid/hook",
                "http://[::127.0.0.1]/",
                "http://[::ffff:0:7f00:1]/",
                "http://[64:ff9b::7f00:1]/",
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://[2002:7f00:1::1]/",
                "http://198.18.0.1/",
                "http://[100::1]/",
                "http://127.0.0.2/")) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", url, "trustIds", List.of(trust)))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(422)
                    .body("errors[0].field", equalTo("url"));
        }
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url()))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("trustIds"));
    }

    @Test
    void theSenderChecksTheTargetAgainRightBeforeConnecting() {
        int port = Integer.parseInt(receiver.url().replaceAll(".*:(\\d+)/.*", "$1"));
        Message ping = new Message("msg_disguised", "webhook.test", null, "{}");
        for (String disguised :
                List.of("[::127.0.0.1]", "[::ffff:0:7f00:1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::1]")) {
            WebhookSender.Result result = sender.send(
                    "http://" + disguised + ":" + port + "/hooks/imroc",
                    ping,
                    List.of("whsec_" + "A".repeat(43) + "="));
            assertThat(result.status()).as(disguised).isNull();
            assertThat(result.error())
                    .as(disguised)
                    .startsWith("target refused by policy: ")
                    .contains("special-purpose address");
        }
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aFailedDeliveryIsDescribedInTheTrackersOwnWords() throws Exception {
        JsonPath sub = subscribe(List.of("*"));
        receiver.close(); // nothing listens on its port any more
        String error = asAdmin()
                .post("/api/v1/webhooks/" + sub.getString("id") + "/test")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("FAILED"))
                .body("responseStatus", nullValue())
                .extract()
                .path("error");
        assertThat(error)
                .startsWith("connection refused")
                .doesNotContain("Exception")
                .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]|\\$|\\bat [a-z]+\\.[a-z]");
        String logged = asAdmin()
                .get("/api/v1/webhooks/" + sub.getString("id") + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].error");
        assertThat(logged).isEqualTo(error);
    }
}
