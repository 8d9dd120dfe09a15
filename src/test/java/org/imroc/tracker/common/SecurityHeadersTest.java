package org.imroc.tracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void apiResponsesAreNotStoredSniffedOrFramed() {
        asAdmin()
                .get("/api/v1/trusts")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void errorResponsesCarryThemToo() {
        given().get("/api/v1/trusts")
                .then()
                .statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void corsIsOffByDefault() {
        given().header("Origin", "https://evil.example")
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
