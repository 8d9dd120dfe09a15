package org.imroc.tracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConditionalRequestsTest {

    @Test
    void ifNoneMatchWithTheCurrentETagIs304() {
        String id = TestData.createTrust(TestData.uniqueName("Etag"));
        String etag = asAdmin()
                .get("/api/v1/trusts/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        asAdmin()
                .header("If-None-Match", etag)
                .get("/api/v1/trusts/" + id)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));
        asAdmin()
                .header("If-None-Match", "\"99\"")
                .get("/api/v1/trusts/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void writeWithoutIfMatchIs428AndWithAStaleOneIs412() {
        String id = TestData.createTrust(TestData.uniqueName("Stale"));
        asAdmin()
                .contentType("application/merge-patch+json")
                .body("{\"region\":\"A\"}")
                .patch("/api/v1/trusts/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"region\":\"A\"}")
                .patch("/api/v1/trusts/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"region\":\"B\"}")
                .patch("/api/v1/trusts/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        asAdmin().get("/api/v1/trusts/" + id).then().body("region", equalTo("A"));
    }

    @Test
    void weakETagDoesNotSatisfyIfMatch() {
        String id = TestData.createTrust(TestData.uniqueName("Weak"));
        asAdmin()
                .header("If-Match", "W/\"0\"")
                .contentType("application/merge-patch+json")
                .body("{}")
                .patch("/api/v1/trusts/" + id)
                .then()
                .statusCode(412);
    }

    @Test
    void concurrentWritersWithTheSameETagLetExactlyOneWin() throws Exception {
        String id = TestData.createTrust(TestData.uniqueName("Race"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String region = "Region " + i;
                writers.add(() -> asAdmin()
                        .header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json")
                        .body("{\"region\":\"" + region + "\"}")
                        .patch("/api/v1/trusts/" + id)
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(writers)) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 412);
        } finally {
            pool.shutdownNow();
        }
        asAdmin().get("/api/v1/trusts/" + id).then().body("version", is(1));
    }
}
