package org.imroc.tracker.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Valid writes that race on one goal never fail: progress scores (which update the goal's latest score) and new
 * PDSA cycles (which lock the goal to take the next number), 8 at a time, with no If-Match sent. Each is answered
 * 201, or at worst 503 with Retry-After; never 500 and never 412. Every acknowledged write is there afterwards and
 * cycle numbers are distinct.
 */
@QuarkusTest
class GoalContentionTest {

    private static final int CLIENTS = 8;
    private static final int REQUESTS = 200;

    @Test
    void twoHundredParallelWritesOnOneGoalAreAllAcknowledgedOrAskedToRetry() throws Exception {
        String trust = TestData.createTrust(TestData.uniqueName("Contended"));
        String goal = Pdsa.goal(trust);
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        for (int status : new int[] {201, 503}) {
            statuses.put(status, new AtomicInteger());
        }
        ConcurrentHashMap<Integer, AtomicInteger> other = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> cycles = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> scores = new ConcurrentLinkedQueue<>();
        AtomicInteger retryAfterMissing = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < REQUESTS; n = next.getAndIncrement()) {
                        boolean cycle = n % 2 == 0;
                        Response response = cycle
                                ? asAdmin()
                                        .contentType(ContentType.JSON)
                                        .body(Pdsa.cycleBody())
                                        .post("/api/v1/goals/" + goal + "/cycles")
                                : asAdmin()
                                        .contentType(ContentType.JSON)
                                        .body(Map.of("score", 0.5 * (1 + n % 10), "note", "race " + n))
                                        .post("/api/v1/goals/" + goal + "/progress-scores");
                        int status = response.statusCode();
                        if (statuses.containsKey(status)) {
                            statuses.get(status).incrementAndGet();
                        } else {
                            other.computeIfAbsent(status, s -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                        if (status == 503 && response.header("Retry-After") == null) {
                            retryAfterMissing.incrementAndGet();
                        }
                        if (status == 201) {
                            (cycle ? cycles : scores).add(response.jsonPath().getString("id"));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("200 parallel writes on one goal: %s, other statuses %s%n", statuses, other);
        assertThat(other).as("statuses other than 201 and 503").isEmpty();
        assertThat(retryAfterMissing).hasValue(0);
        assertThat(statuses.get(201).get())
                .as("most writes win within the service's own retries")
                .isGreaterThanOrEqualTo(REQUESTS * 9 / 10);

        List<Object> numbers = asAdmin()
                .queryParam("limit", 200)
                .get("/api/v1/goals/" + goal + "/cycles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.sequence");
        assertThat(numbers).hasSize(cycles.size()).doesNotHaveDuplicates();
        List<String> recorded = asAdmin()
                .queryParam("limit", 200)
                .get("/api/v1/goals/" + goal + "/progress-scores")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(recorded).containsExactlyInAnyOrderElementsOf(scores);
    }
}
