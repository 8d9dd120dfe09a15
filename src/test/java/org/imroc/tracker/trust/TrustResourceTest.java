package org.imroc.tracker.trust;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrustResourceTest {

    @Test
    void createReturns201WithLocationETagAndBody() {
        String ods = TestData.odsCode();
        Map<String, Object> body = Map.of(
                "name",
                "Pennine Care",
                "odsCode",
                ods,
                "region",
                "North West",
                "services",
                new String[] {"CAMHS", "ADULT"},
                "joinedOn",
                "2024-04-01");
        String id = asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/trusts")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Pennine Care"))
                .body("odsCode", equalTo(ods))
                .body("services", contains("ADULT", "CAMHS"))
                .body("status", equalTo("ACTIVE"))
                .body("joinedOn", equalTo("2024-04-01"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .extract()
                .path("id");
        asAdmin()
                .when()
                .get("/api/v1/trusts/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("region", equalTo("North West"));
    }

    @Test
    void locationPointsAtTheCreatedTrust() {
        String location = asAdmin()
                .contentType(ContentType.JSON)
                .body(TestData.trustBody(TestData.uniqueName("Loc")))
                .when()
                .post("/api/v1/trusts")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String id =
                asAdmin().when().get(location).then().statusCode(200).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(location).endsWith("/api/v1/trusts/" + id);
    }

    @Test
    void duplicateOdsCodeIs409() {
        Map<String, Object> body = TestData.trustBody(TestData.uniqueName("Dup"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts")
                .then()
                .statusCode(201);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/trusts")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:imroc-tracker:problem:conflict"));
    }

    @Test
    void invalidFieldsAre422NamingEachField() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "x".repeat(201));
        body.put("odsCode", "rqy");
        body.put("region", "r".repeat(101));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/trusts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "odsCode", "region"));
    }

    @Test
    void missingRequiredFieldsAre422() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/trusts")
                .then()
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("name", "odsCode"));
    }

    @Test
    void unknownEnumValueIs422() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "X", "odsCode", TestData.odsCode(), "services", new String[] {"DENTAL"}))
                .when()
                .post("/api/v1/trusts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("services[0]"));
    }

    @Test
    void readOnlyFieldInCreateIs400() {
        Map<String, Object> body = new HashMap<>(TestData.trustBody("X"));
        body.put("id", UUID.randomUUID().toString());
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/trusts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void unknownTrustIs404() {
        asAdmin()
                .when()
                .get("/api/v1/trusts/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        asAdmin().when().get("/api/v1/trusts/not-a-uuid").then().statusCode(404);
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{}")
                .when()
                .patch("/api/v1/trusts/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        asAdmin()
                .header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/trusts/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void listFiltersByStatusAndSearchText() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String active = TestData.createTrust("Filter " + marker + " Active");
        String paused = TestData.createTrust("Filter " + marker + " Paused");
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"status\":\"PAUSED\"}")
                .patch("/api/v1/trusts/" + paused)
                .then()
                .statusCode(200);

        asAdmin()
                .queryParam("q", "FILTER " + marker.toUpperCase())
                .when()
                .get("/api/v1/trusts")
                .then()
                .statusCode(200)
                .body("items.id", contains(active, paused));
        asAdmin()
                .queryParam("q", marker)
                .queryParam("status", "PAUSED")
                .when()
                .get("/api/v1/trusts")
                .then()
                .statusCode(200)
                .body("items.id", contains(paused));
        asAdmin()
                .queryParam("q", marker)
                .queryParam("status", "COMPLETED")
                .when()
                .get("/api/v1/trusts")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void searchMatchesOdsCodeAndTreatsWildcardsLiterally() {
        String id = TestData.createTrust(TestData.uniqueName("Ods"));
        String ods = asAdmin().get("/api/v1/trusts/" + id).then().extract().path("odsCode");
        asAdmin()
                .queryParam("q", ods.toLowerCase())
                .get("/api/v1/trusts")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        asAdmin()
                .queryParam("q", "%")
                .get("/api/v1/trusts")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void badFilterValuesAre400() {
        asAdmin()
                .queryParam("status", "OPEN")
                .get("/api/v1/trusts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        asAdmin()
                .queryParam("limit", "201")
                .get("/api/v1/trusts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        asAdmin()
                .queryParam("limit", "ten")
                .get("/api/v1/trusts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        asAdmin()
                .queryParam("cursor", "not-a-cursor")
                .get("/api/v1/trusts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndNullClears() {
        String id = TestData.createTrust(TestData.uniqueName("Patch"));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"region\": null, \"joinedOn\": \"2023-01-15\", \"services\": [\"FORENSIC\"]}")
                .when()
                .patch("/api/v1/trusts/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("region", nullValue())
                .body("joinedOn", equalTo("2023-01-15"))
                .body("services", contains("FORENSIC"))
                .body("name", notNullValue())
                .body("version", equalTo(1));
    }

    @Test
    void patchAcceptsPlainJsonToo() {
        String id = TestData.createTrust(TestData.uniqueName("Plain"));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"region\": \"London\"}")
                .when()
                .patch("/api/v1/trusts/" + id)
                .then()
                .statusCode(200)
                .body("region", equalTo("London"));
    }

    @Test
    void patchThatClearsARequiredFieldIs422AndReadOnlyFieldIs400() {
        String id = TestData.createTrust(TestData.uniqueName("Req"));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"name\": null}")
                .when()
                .patch("/api/v1/trusts/" + id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("name"));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"version\": 7}")
                .when()
                .patch("/api/v1/trusts/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("version"));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("[]")
                .when()
                .patch("/api/v1/trusts/" + id)
                .then()
                .statusCode(400);
    }

    @Test
    void patchToAnOdsCodeInUseIs409() {
        String first = TestData.createTrust(TestData.uniqueName("A"));
        String second = TestData.createTrust(TestData.uniqueName("B"));
        String taken = asAdmin().get("/api/v1/trusts/" + first).then().extract().path("odsCode");
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"odsCode\": \"" + taken + "\"}")
                .when()
                .patch("/api/v1/trusts/" + second)
                .then()
                .statusCode(409);
    }

    @Test
    void deleteNeedsTheCurrentVersionAndThenTheTrustIsGone() {
        String id = TestData.createTrust(TestData.uniqueName("Del"));
        asAdmin().when().delete("/api/v1/trusts/" + id).then().statusCode(428);
        asAdmin()
                .header("If-Match", "\"3\"")
                .when()
                .delete("/api/v1/trusts/" + id)
                .then()
                .statusCode(412);
        asAdmin()
                .header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/trusts/" + id)
                .then()
                .statusCode(204);
        asAdmin().when().get("/api/v1/trusts/" + id).then().statusCode(404);
    }
}
