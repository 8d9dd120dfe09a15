package org.imroc.tracker.user;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserAdministrationTest {

    private static Map<String, Object> user(String role, List<String> trustIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", "user-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("displayName", "Jo Bloggs");
        body.put("email", "jo@example.org");
        body.put("role", role);
        body.put("trustIds", trustIds);
        body.put("password", "a-good-long-password");
        return body;
    }

    @Test
    void createsListsAndUpdatesUsers() {
        String trust = TestData.createTrust(TestData.uniqueName("Users"));
        Map<String, Object> body = user("TRUST_LEAD", List.of(trust));
        String id = asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("role", equalTo("TRUST_LEAD"))
                .body("trustIds", equalTo(List.of(trust)))
                .body("active", equalTo(true))
                .extract()
                .path("id");
        asAdmin()
                .queryParam("role", "TRUST_LEAD")
                .queryParam("limit", 200)
                .get("/api/v1/users")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"displayName\":\"Jo B\",\"password\":\"another-long-password\"}")
                .patch("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Jo B"));
        Api.signIn((String) body.get("username"), "another-long-password");
    }

    @Test
    void duplicateUsernameIs409() {
        Map<String, Object> body = user("CONSULTANT", List.of());
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/users")
                .then()
                .statusCode(201);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/users")
                .then()
                .statusCode(409);
    }

    @Test
    void roleAndTrustRulesAre422() {
        String a = TestData.createTrust(TestData.uniqueName("RA"));
        String b = TestData.createTrust(TestData.uniqueName("RB"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(user("TRUST_LEAD", List.of(a, b)))
                .post("/api/v1/users")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("trustIds"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(user("TRUST_LEAD", List.of()))
                .post("/api/v1/users")
                .then()
                .statusCode(422);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(user("ADMIN", List.of(a)))
                .post("/api/v1/users")
                .then()
                .statusCode(422);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(user("INTEGRATION", List.of()))
                .post("/api/v1/users")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("role"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(user("CONSULTANT", List.of(UUID.randomUUID().toString())))
                .post("/api/v1/users")
                .then()
                .statusCode(422);
        Map<String, Object> shortPassword = user("CONSULTANT", List.of());
        shortPassword.put("password", "elevenchars");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(shortPassword)
                .post("/api/v1/users")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("password"));
    }

    @Test
    void aTrustWithPeopleAssignedCannotBeDeleted() {
        String trust = TestData.createTrust(TestData.uniqueName("Staffed"));
        Api.createUser("TRUST_LEAD", List.of(trust));
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/trusts/" + trust)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }
}
