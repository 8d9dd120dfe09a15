package org.imroc.tracker.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * No lost updates: 8 clients (consultants and a Trust lead) keep reading an action and appending their own marker to
 * its description with If-Match. Every acknowledged update must be in the final description, exactly once, and
 * nothing that was refused; every refusal must be a 412.
 */
@QuarkusTest
class ActionConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final int ATTEMPTS = 12;

    @Test
    void eightClientsUpdatingOneActionLoseNothing() throws Exception {
        String trust = TestData.createTrust(TestData.uniqueName("Race"));
        String action = Pdsa.action(trust);
        List<String> tokens = new ArrayList<>();
        tokens.add(Api.createUser("TRUST_LEAD", List.of(trust)).token());
        for (int i = 1; i < CLIENTS; i++) {
            tokens.add(Api.createUser("CONSULTANT", List.of(trust)).token());
        }
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicInteger unexpected = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String token = tokens.get(c);
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                        Response read = Api.as(token).get("/api/v1/actions/" + action);
                        String description = read.jsonPath().getString("description");
                        String marker = "[c" + client + "-" + attempt + "]";
                        Response write = Api.as(token)
                                .header("If-Match", read.header("ETag"))
                                .contentType("application/merge-patch+json")
                                .body(Map.of("description", (description == null ? "" : description) + marker))
                                .patch("/api/v1/actions/" + action);
                        if (write.statusCode() == 200) {
                            acknowledged.add(marker);
                        } else if (write.statusCode() == 412) {
                            refused.add(marker);
                        } else {
                            unexpected.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Response last = asAdmin().get("/api/v1/actions/" + action);
        String description = last.jsonPath().getString("description");
        System.out.printf(
                "concurrency: %d clients x %d attempts: %d acknowledged, %d refused with 412, %d other%n",
                CLIENTS, ATTEMPTS, acknowledged.size(), refused.size(), unexpected.get());
        assertThat(unexpected.get()).isZero();
        assertThat(acknowledged.size() + refused.size()).isEqualTo(CLIENTS * ATTEMPTS);
        assertThat(acknowledged).isNotEmpty();
        assertThat(refused).as("the clients really raced").isNotEmpty();
        for (String marker : acknowledged) {
            assertThat(description).as("acknowledged update " + marker).containsOnlyOnce(marker);
        }
        for (String marker : refused) {
            assertThat(description).as("refused update " + marker).doesNotContain(marker);
        }
        assertThat(last.jsonPath().getLong("version")).isEqualTo(acknowledged.size());
        assertThat(asAdmin()
                        .contentType(ContentType.JSON)
                        .queryParam("resourceId", action)
                        .queryParam("limit", 200)
                        .get("/api/v1/audit-events")
                        .jsonPath()
                        .getList("items")
                        .size())
                .as("one audit event per acknowledged update, plus the creation")
                .isEqualTo(acknowledged.size() + 1);
    }
}
