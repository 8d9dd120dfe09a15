package org.imroc.tracker.caller;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/** A Trust lead never sees another Trust; consultants and keys see exactly their Trusts. */
@QuarkusTest
class TrustIsolationTest {

    @Test
    void leadSeesOnlyTheirOwnTrustAndAnotherTrustIs404() {
        String own = TestData.createTrust(TestData.uniqueName("Own"));
        String other = TestData.createTrust(TestData.uniqueName("Other"));
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(own));
        lead.request().get("/api/v1/trusts").then().statusCode(200).body("items.id", contains(own));
        lead.request().get("/api/v1/trusts/" + own).then().statusCode(200);
        lead.request()
                .get("/api/v1/trusts/" + other)
                .then()
                .statusCode(404)
                .body("detail", org.hamcrest.Matchers.containsString("does not exist"));
    }

    @Test
    void consultantSeesAssignedTrustsOnlyAndLosesOneAtTheNextRequest() {
        String first = TestData.createTrust(TestData.uniqueName("First"));
        String second = TestData.createTrust(TestData.uniqueName("Second"));
        String unassigned = TestData.createTrust(TestData.uniqueName("Unassigned"));
        Api.TestUser consultant = Api.createUser("CONSULTANT", List.of(first, second));
        consultant
                .request()
                .queryParam("limit", 200)
                .get("/api/v1/trusts")
                .then()
                .statusCode(200)
                .body("items.id", hasItems(first, second))
                .body("items.id", not(hasItem(unassigned)));

        asAdmin()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"trustIds\": [\"" + first + "\"]}")
                .patch("/api/v1/users/" + consultant.id())
                .then()
                .statusCode(200);
        consultant.request().get("/api/v1/trusts/" + second).then().statusCode(404);
        consultant.request().get("/api/v1/trusts").then().body("items.id", contains(first));
    }

    @Test
    void searchNamingAnOutOfScopeTrustReturnsNothingOfIt() {
        String own = TestData.createTrust(TestData.uniqueName("Mine"));
        String marker = TestData.uniqueName("Secret");
        TestData.createTrust(marker);
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(own));
        lead.request()
                .queryParam("q", marker)
                .get("/api/v1/trusts")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void keySeesItsTrustsAndCannotWrite() {
        String mine = TestData.createTrust(TestData.uniqueName("Key own"));
        String other = TestData.createTrust(TestData.uniqueName("Key other"));
        String key = Api.createKey(List.of(mine));
        Api.as(key).get("/api/v1/trusts").then().statusCode(200).body("items.id", contains(mine));
        Api.as(key).get("/api/v1/trusts/" + other).then().statusCode(404);
        Api.as(key)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{}")
                .patch("/api/v1/trusts/" + mine)
                .then()
                .statusCode(403);
    }
}
