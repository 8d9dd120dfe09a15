package org.imroc.tracker.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every error, whatever raised it, reaches the client as application/problem+json and leaks nothing. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownPathIs404Problem() {
        asAdmin()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:imroc-tracker:problem:not-found"))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void wrongMethodIs405Problem() {
        asAdmin()
                .delete("/api/v1/challenges")
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .body("status", equalTo(405));
    }

    @Test
    void unacceptableMediaTypeIs406Problem() {
        asAdmin()
                .accept("text/csv")
                .get("/api/v1/challenges")
                .then()
                .statusCode(406)
                .contentType(PROBLEM)
                .body("status", equalTo(406));
    }

    @Test
    void unsupportedBodyTypeIs415Problem() {
        asAdmin()
                .contentType("text/plain")
                .body("name=x")
                .post("/api/v1/trusts")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("status", equalTo(415));
    }

    @Test
    void malformedJsonIs400Problem() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/api/v1/trusts")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:imroc-tracker:problem:bad-request"))
                .body("detail", containsString("not well-formed JSON"));
    }

    @Test
    void unknownFieldIs400ProblemNamingTheField() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"odsCode\":\"AB1\",\"colour\":\"red\"}")
                .post("/api/v1/trusts")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour"));
    }

    @Test
    void wrongJsonTypeIs400Problem() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"odsCode\":\"AB1\",\"services\":\"ADULT\"}")
                .post("/api/v1/trusts")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("services"));
    }

    @Test
    void missingBodyIs400Problem() {
        asAdmin()
                .contentType(ContentType.JSON)
                .post("/api/v1/trusts")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void unexpectedExceptionIs500WithoutInternals() {
        String body = asAdmin()
                .get("/test-probes/unexpected")
                .then()
                .statusCode(500)
                .contentType(PROBLEM)
                .body("requestId", notNullValue())
                .body("type", equalTo("urn:imroc-tracker:problem:internal-error"))
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(body)
                .doesNotContain("SELECT", "password", "IllegalStateException", "java.", "at org.");
    }

    @Test
    void aLostRaceThatOutlivesTheRetriesIs503WithRetryAfterNever412Or500() {
        asAdmin()
                .get("/test-probes/optimistic-lock")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", equalTo("1"))
                .body("type", equalTo("urn:imroc-tracker:problem:service-unavailable"))
                .body("detail", not(containsString("Row was updated")));
    }
}
