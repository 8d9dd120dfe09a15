package org.imroc.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

    private static JsonPath poll(String bearer, String trustId, String after) {
        var request = Api.as(bearer).queryParam("trustId", trustId).queryParam("limit", 50);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("nextCursor", notNullValue())
                .extract()
                .jsonPath();
    }

    @Test
    void anIntegrationFollowsTheFeedWithItsKeyAndSeesOnlyItsTrusts() {
        String trust = TestData.createTrust(TestData.uniqueName("Feed"));
        String other = TestData.createTrust(TestData.uniqueName("FeedOther"));
        String key = Api.createKey(List.of(trust));
        String goal = Pdsa.goal(trust);
        Pdsa.action(other);
        JsonPath first = poll(key, trust, null);
        assertThat(first.getList("items.resourceType")).containsExactly("trust", "goal");
        assertThat(first.getList("items.resourceId")).contains(goal);
        String cursor = first.getString("nextCursor");
        assertThat(poll(key, trust, cursor).getList("items")).isEmpty();
        String action = Pdsa.action(trust);
        JsonPath next = poll(key, trust, cursor);
        assertThat(next.getList("items.resourceId")).containsExactly(action);
        assertThat(next.getString("items[0].kind")).isEqualTo("CREATED");
        assertThat(next.getString("items[0].actor.name")).isEqualTo("admin");
        Api.as(key)
                .queryParam("trustId", other)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        Api.as(key)
                .queryParam("resourceType", "action")
                .queryParam("after", cursor)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.resourceId", contains(action));
    }

    @Test
    void aReaderPollingWhileEightWritersCommitSeesEveryEventExactlyOnce() throws Exception {
        String trust = TestData.createTrust(TestData.uniqueName("FeedRace"));
        String key = Api.createKey(List.of(trust));
        String start = poll(key, trust, null).getString("nextCursor");
        int writers = 8;
        int perWriter = 12;
        Set<String> created = ConcurrentHashMap.newKeySet();
        List<String> seen = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        created.add(asAdmin()
                                .contentType(ContentType.JSON)
                                .body(Pdsa.actionBody())
                                .post("/api/v1/trusts/" + trust + "/actions")
                                .then()
                                .statusCode(201)
                                .extract()
                                .<String>path("id"));
                    }
                }));
            }
            String cursor = start;
            int polls = 0;
            Thread waiter = new Thread(() -> {
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                writing.set(false);
            });
            waiter.start();
            boolean drained = false;
            while (!drained) {
                boolean wasWriting = writing.get();
                JsonPath page = poll(key, trust, cursor);
                polls++;
                seen.addAll(page.getList("items.resourceId"));
                cursor = page.getString("nextCursor");
                drained = !wasWriting && page.getList("items").isEmpty();
            }
            waiter.join();
            System.out.printf(
                    "change-feed: %d writers x %d actions, reader made %d polls, saw %d events, "
                            + "%d distinct, %d created%n",
                    writers, perWriter, polls, seen.size(), new HashSet<>(seen).size(), created.size());
        } finally {
            pool.shutdownNow();
        }
        assertThat(created).hasSize(writers * perWriter);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(created);
    }

    /** An integration that is up to date polls at the feed's last number: the caller check's statement only. */
    @Test
    void aPollAtTheFeedsLastNumberCostsOnlyTheCallerCheckAndTheNextWriteShows() {
        String trust = TestData.createTrust(TestData.uniqueName("FeedLast"));
        String key = Api.createKey(List.of(trust));
        Pdsa.action(trust);
        String cursor = poll(key, trust, null).getString("nextCursor");
        long statements = SqlStatements.leastOf(
                3, () -> assertThat(poll(key, trust, cursor).getList("items")).isEmpty());
        assertThat(statements).isEqualTo(SqlStatements.CALLER_LOOKUP);
        String action = Pdsa.action(trust);
        assertThat(poll(key, trust, cursor).getList("items.resourceId")).contains(action);
    }

    @Test
    void aCursorOlderThanTheRetentionIsGone() {
        long old = Instant.now().minus(401, ChronoUnit.DAYS).toEpochMilli();
        String cursor = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("f1:1:" + old).getBytes(StandardCharsets.UTF_8));
        asAdmin()
                .queryParam("after", cursor)
                .get("/api/v1/changes")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("Resynchronise"));
        asAdmin()
                .queryParam("after", "not-a-cursor")
                .get("/api/v1/changes")
                .then()
                .statusCode(400);
        asAdmin().queryParam("limit", 0).get("/api/v1/changes").then().statusCode(400);
    }
}
