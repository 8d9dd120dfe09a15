package org.imroc.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.imroc.tracker.support.Units;
import org.junit.jupiter.api.Test;

/** A Trust's units: the tree's rules, open names, closing, deleting, and the CSV upload and download. */
@QuarkusTest
class UnitTest {

    private static final String CSV = "text/csv";

    @Test
    void unitsNestFourLevelsDeepWithinTheirTrust() {
        String trust = TestData.createTrust(TestData.uniqueName("Units tree"));
        String site = Units.create(trust, "North Site", "SITE", null);
        String service = Units.create(trust, "Acute Service", "SERVICE", site);
        String ward = Units.create(trust, "Cedar Ward", "WARD", service);
        String team = Units.create(trust, "Cedar Outreach", "TEAM", ward);
        asAdmin()
                .get("/api/v1/units/" + ward)
                .then()
                .statusCode(200)
                .body("parentId", equalTo(service))
                .body("trustId", equalTo(trust))
                .body("open", equalTo(true))
                .body("openedOn", equalTo(LocalDate.now().toString()));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Units.body("Too deep", "TEAM", team))
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", containsString("at most 4 levels"));
        String other = TestData.createTrust(TestData.uniqueName("Units other"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Units.body("Borrowed", "WARD", site))
                .post("/api/v1/trusts/" + other + "/units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", equalTo("must be a unit of the same Trust"));
        // a site moved under its own ward would make a loop
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + site))
                .contentType("application/merge-patch+json")
                .body(Map.of("parentId", ward))
                .patch("/api/v1/units/" + site)
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("subunits"));
        // moving the ward (with its team) to the top keeps the tree within four levels
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + ward))
                .contentType("application/merge-patch+json")
                .body("{\"parentId\":null}")
                .patch("/api/v1/units/" + ward)
                .then()
                .statusCode(200)
                .body("parentId", equalTo(null));
    }

    @Test
    void anOpenNameIsUniqueAndAClosedUnitGivesItBack() {
        String trust = TestData.createTrust(TestData.uniqueName("Units names"));
        String site = Units.create(trust, "South Site", "SITE", null);
        String ward = Units.create(trust, "Birch Ward", "WARD", site);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Units.body("  birch WARD ", "WARD", null))
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(409)
                .body("detail", containsString("already named"));
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + site))
                .contentType("application/merge-patch+json")
                .body(Map.of("closedOn", LocalDate.now().toString()))
                .patch("/api/v1/units/" + site)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 open subunits"));
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + ward))
                .contentType("application/merge-patch+json")
                .body(Map.of("closedOn", LocalDate.now().plusDays(1).toString()))
                .patch("/api/v1/units/" + ward)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("closedOn"));
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + ward))
                .contentType("application/merge-patch+json")
                .body(Map.of("closedOn", LocalDate.now().toString()))
                .patch("/api/v1/units/" + ward)
                .then()
                .statusCode(200)
                .body("open", equalTo(false));
        String again = Units.create(trust, "Birch Ward", "WARD", site);
        assertThat(again).isNotEqualTo(ward);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Units.body("Under a closed ward", "TEAM", ward))
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("closed"));
        // reopening the old ward would give the name twice
        asAdmin()
                .header("If-Match", Pdsa.etag("/api/v1/units/" + ward))
                .contentType("application/merge-patch+json")
                .body("{\"closedOn\":null}")
                .patch("/api/v1/units/" + ward)
                .then()
                .statusCode(409);
        asAdmin()
                .queryParam("open", false)
                .get("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(ward)));
        asAdmin()
                .queryParam("open", true)
                .queryParam("kind", "WARD")
                .queryParam("parentId", site)
                .get("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(again)));
    }

    @Test
    void whatAUnitSaysOfItselfIsChecked() {
        String trust = TestData.createTrust(TestData.uniqueName("Units fields"));
        Map<String, Object> site = Units.body("Beds on a site", "SITE", null);
        site.put("beds", 12);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(site)
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("beds"));
        Map<String, Object> code = Units.body("Bad code", "SITE", null);
        code.put("odsSiteCode", "rx4");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(code)
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("odsSiteCode"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "No kind"))
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aUnitWithSubunitsIsClosedNotDeleted() {
        String trust = TestData.createTrust(TestData.uniqueName("Units delete"));
        String site = Units.create(trust, "East Site", "SITE", null);
        String ward = Units.create(trust, "Ash Ward", "WARD", site);
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/units/" + site)
                .then()
                .statusCode(409)
                .body("detail", containsString("closed (PATCH closedOn), not deleted"));
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/units/" + ward)
                .then()
                .statusCode(204);
        asAdmin().get("/api/v1/units/" + ward).then().statusCode(404);
        asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/units/" + site)
                .then()
                .statusCode(204);
    }

    @Test
    void anotherTrustsUnitIsNotFound() {
        String trust = TestData.createTrust(TestData.uniqueName("Units scope"));
        String other = TestData.createTrust(TestData.uniqueName("Units scope other"));
        String ward = Units.ward(trust);
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(other));
        Api.as(lead.token()).get("/api/v1/units/" + ward).then().statusCode(404);
        Api.as(lead.token()).get("/api/v1/trusts/" + trust + "/units").then().statusCode(404);
        Api.as(lead.token())
                .header("If-Match", "\"0\"")
                .delete("/api/v1/units/" + ward)
                .then()
                .statusCode(404);
        Api.TestUser own = Api.createUser("TRUST_LEAD", List.of(trust));
        Api.as(own.token())
                .contentType(ContentType.JSON)
                .body(Units.body("Lead's own ward", "WARD", null))
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(201);
    }

    @Test
    void fortyUnitsComeInOneSpreadsheetParentsInAnyOrder() {
        String trust = TestData.createTrust(TestData.uniqueName("Units CSV"));
        List<String> rows = new ArrayList<>();
        rows.add("name,kind,parent,odsSiteCode,beds");
        for (int s = 1; s <= 2; s++) {
            for (int v = 1; v <= 3; v++) {
                for (int w = 1; w <= 5; w++) { // wards before the service and site they belong to
                    rows.add("Ward " + s + "." + v + "." + w + ",WARD,Service " + s + "." + v + ",," + (10 + w));
                }
                rows.add("Service " + s + "." + v + ",service,Site " + s + ",,");
            }
            rows.add("Site " + s + ",SITE,,RX4E" + s + ",");
        }
        rows.add("Crisis Team,TEAM,Site 1,,");
        rows.add("Home Treatment,TEAM,,,");
        assertThat(rows).hasSize(41);
        asAdmin()
                .contentType(CSV)
                .body(String.join("\r\n", rows) + "\r\n")
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(201)
                .body("created", equalTo(40))
                .body("items", hasSize(40))
                .body("items[0].name", equalTo("Ward 1.1.1"))
                .body("items[0].beds", equalTo(11));
        String csv = asAdmin()
                .accept(CSV)
                .queryParam("kind", "WARD")
                .get("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(200)
                .contentType(containsString(CSV))
                .extract()
                .asString();
        assertThat(csv.lines()).hasSize(31).first().asString().startsWith("name,kind,parent,odsSiteCode,beds");
        assertThat(csv).contains("Ward 2.3.5,WARD,Service 2.3,,15");
        asAdmin()
                .queryParam("limit", 100)
                .get("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(200)
                .body("items", hasSize(40))
                .body("items.kind", hasItem("TEAM"));
    }

    @Test
    void aSpreadsheetWithABadRowCreatesNothingAndNamesEveryRow() {
        String trust = TestData.createTrust(TestData.uniqueName("Units CSV errors"));
        Units.create(trust, "Oak Ward", "WARD", null);
        String csv = "name,kind,parent,beds\r\n"
                + "Elm Site,SITE,,\r\n"
                + "Pine Ward,WRD,Elm Site,10\r\n"
                + "Oak Ward,WARD,Elm Site,8\r\n"
                + "Fir Ward,WARD,Nowhere,8\r\n"
                + "Yew Ward,WARD,Elm Site,many\r\n";
        asAdmin()
                .contentType(CSV)
                .body(csv)
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("row 3.kind", "row 6.beds")));
        asAdmin()
                .contentType(CSV)
                .body(csv.replace("WRD", "WARD").replace("many", "9"))
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("row 4.name")))
                .body("errors[0].message", containsString("already named 'Oak Ward'"));
        asAdmin()
                .contentType(CSV)
                .body(csv.replace("WRD", "WARD").replace("many", "9").replace("Oak Ward", "Larch Ward"))
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("row 5.parent")))
                .body("errors[0].message", containsString("'Nowhere'"));
        asAdmin()
                .get("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Oak Ward")));
        asAdmin()
                .contentType(CSV)
                .body("name,kind,colour\r\nA,WARD,red\r\n")
                .post("/api/v1/trusts/" + trust + "/units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("unknown column 'colour'"));
    }
}
