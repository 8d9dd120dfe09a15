package org.imroc.tracker.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.LogCapture;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The first sign-ins of one user from one address, all at the same moment, each take the throttle's row without a
 * race: every one succeeds, and nothing is logged at WARN or above (before, the losers' inserts failed on the
 * primary key and Hibernate logged the SQL). As many go at once as the throttle allows tries (each attempt takes a
 * try before its password is checked, so more than that in flight at once may rightly meet a 429).
 */
@QuarkusTest
class SignInRaceTest {

    @Test
    void simultaneousFirstSignInsFromOneAddressAllSucceedQuietly() throws Exception {
        int atOnce = ConfigProvider.getConfig().getValue("tracker.auth.max-failures", Integer.class);
        Api.TestUser user = Api.createUser("TRUST_LEAD", List.of(TestData.createTrust(TestData.uniqueName("Race"))));
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + ", 203.0.113."
                + ThreadLocalRandom.current().nextInt(1, 255);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(atOnce);
        List<Integer> statuses = new ArrayList<>();
        try (LogCapture log = new LogCapture()) {
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < atOnce; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON)
                            .header("X-Forwarded-For", address)
                            .body(Map.of("username", user.username(), "password", user.password()))
                            .post("/api/v1/auth/token")
                            .statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> attempt : attempts) {
                statuses.add(attempt.get());
            }
            assertThat(statuses).containsOnly(200);
            assertThat(log.warnings()).as("log lines at WARN or above").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
