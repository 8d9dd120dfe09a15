package org.imroc.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/** Privileged changes leave a trace: users and keys created, changed, reset, revoked, and passwords changed. */
@QuarkusTest
class PrivilegedAuditTest {

    private static List<Map<String, Object>> eventsOf(String id) {
        return asAdmin()
                .queryParam("resourceId", id)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }

    @Test
    void userAdministrationAndPasswordChangesAreAuditedWithTheirActor() {
        String trust = TestData.createTrust(TestData.uniqueName("Priv"));
        Api.TestUser user = Api.createUser("CONSULTANT", List.of(trust));
        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"role\":\"TRUST_LEAD\",\"password\":\"reset-by-admin-1\"}")
                .patch("/api/v1/users/" + user.id())
                .then()
                .statusCode(200);
        String token = Api.signIn(user.username(), "reset-by-admin-1");
        Api.as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "reset-by-admin-1", "newPassword", "chosen-by-owner-1"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(204);

        List<Map<String, Object>> events = eventsOf(user.id());
        assertThat(events)
                .extracting(e -> e.get("kind"))
                .containsExactly("CREATED", "UPDATED", "PASSWORD_RESET", "PASSWORD_CHANGED");
        assertThat(events).extracting(e -> e.get("resourceType")).containsOnly("user");
        assertThat(events.get(1).get("changedFields")).isEqualTo(List.of("role"));
        assertThat(actorName(events.get(2))).isEqualTo("admin");
        assertThat(actorName(events.get(3))).isEqualTo(user.username());
        assertThat(events.toString())
                .doesNotContain("reset-by-admin-1")
                .doesNotContain("chosen-by-owner-1")
                .doesNotContain("$2a$");
    }

    @Test
    void keysCreatedAndRevokedAreAuditedAndTheKeyIsNeverInTheTrail() {
        String trust = TestData.createTrust(TestData.uniqueName("PrivKey"));
        String key = Api.createKey(List.of(trust));
        String id =
                Api.as(key).get("/api/v1/me").then().statusCode(200).extract().path("id");
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/api-keys/" + id)
                .then()
                .statusCode(204);
        List<Map<String, Object>> events = eventsOf(id);
        assertThat(events).extracting(e -> e.get("kind")).containsExactly("CREATED", "REVOKED");
        assertThat(events).extracting(e -> e.get("resourceType")).containsOnly("api-key");
        assertThat(events.toString()).doesNotContain(key);
    }

    @SuppressWarnings("unchecked")
    private static Object actorName(Map<String, Object> event) {
        return ((Map<String, Object>) event.get("actor")).get("name");
    }
}
