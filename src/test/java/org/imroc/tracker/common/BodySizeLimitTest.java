package org.imroc.tracker.common;

import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BodySizeLimitTest {

    @Test
    void bodyOverTheLimitIs413Problem() {
        String body = "{\"name\":\"" + "x".repeat(300 * 1024) + "\",\"odsCode\":\"" + TestData.odsCode() + "\"}";
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/trusts")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void bodyJustUnderTheLimitIsRead() {
        String body = "{\"name\":\"" + "x".repeat(200 * 1024) + "\",\"odsCode\":\"" + TestData.odsCode() + "\"}";
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/trusts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("name"));
    }
}
