package org.imroc.tracker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The operational endpoints a deployment relies on, all open (docs/security.md says why). */
@QuarkusTest
class OperationsTest {

    @Test
    void healthChecksIncludeTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void metricsAreServedForPrometheus() {
        given().get("/api/v1/challenges").then().statusCode(401);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void theContractAndSwaggerUiAreServed() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("ImROC change tracker API"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
