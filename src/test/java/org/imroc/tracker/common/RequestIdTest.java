package org.imroc.tracker.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void echoesTheClientsRequestId() {
        asAdmin()
                .header("X-Request-Id", "client-42.abc")
                .get("/api/v1/challenges/1")
                .then()
                .statusCode(200)
                .header("X-Request-Id", equalTo("client-42.abc"));
    }

    @Test
    void generatesOneWhenAbsent() {
        asAdmin().get("/api/v1/challenges").then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void replacesAnUnsafeOneSoLogsCannotBeForged() {
        asAdmin()
                .header("X-Request-Id", "abc\tdef with spaces")
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void problemBodyQuotesTheRequestId() {
        asAdmin()
                .header("X-Request-Id", "trace-problem-1")
                .get("/api/v1/challenges/99")
                .then()
                .statusCode(404)
                .header("X-Request-Id", equalTo("trace-problem-1"))
                .body("requestId", equalTo("trace-problem-1"));
    }

    @Test
    void operationalEndpointsCarryItToo() {
        asAdmin()
                .header("X-Request-Id", "health-1")
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .header("X-Request-Id", equalTo("health-1"));
    }
}
