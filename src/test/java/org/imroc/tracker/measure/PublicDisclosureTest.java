package org.imroc.tracker.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.as;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An integration key created with "disclosure":"PUBLIC" (a commissioner's published dashboard) reads its own Trust's
 * figures of people only through small-number suppression; a RAW key, the default, reads them as recorded.
 */
@QuarkusTest
class PublicDisclosureTest {

    private static final String PERIOD = "2025-03";

    private String trust;
    private String measure;
    private String publicKey;
    private String rawKey;

    /** The ward: 20 restraints, Black 3, White 12, Asian 5, the rest 0. */
    @BeforeEach
    void aWardRecordsRestraintByEthnicGroup() {
        trust = TestData.createTrust(TestData.uniqueName("Published"));
        measure =
                Measures.create(trust, Map.of("templateCode", "restraint-rate", "breakdowns", List.of("ETHNIC_GROUP")));
        List<Map<String, Object>> parts = new ArrayList<>();
        parts.add(part("WHITE", 12, 2000));
        parts.add(part("MIXED", 0, 50));
        parts.add(part("ASIAN", 5, 500));
        parts.add(part("BLACK", 3, 400));
        parts.add(part("OTHER", 0, 30));
        parts.add(part("NOT_STATED_OR_KNOWN", 0, 20));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "observations",
                        List.of(
                                Map.of("period", "2025-02", "numerator", 18, "denominator", 2900),
                                Map.of(
                                        "period",
                                        PERIOD,
                                        "numerator",
                                        20,
                                        "denominator",
                                        3000,
                                        "parts",
                                        Map.of("ETHNIC_GROUP", parts)))))
                .post("/api/v1/measures/" + measure + "/observations")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201);
        publicKey = key("PUBLIC");
        rawKey = key(null);
    }

    private static Map<String, Object> part(String code, int numerator, int denominator) {
        return Map.of("code", code, "numerator", numerator, "denominator", denominator);
    }

    private String key(String disclosure) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", "Dashboard " + UUID.randomUUID());
        body.put("trustIds", List.of(trust));
        if (disclosure != null) {
            body.put("disclosure", disclosure);
        }
        JsonPath created = asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .body("disclosure", equalTo(disclosure == null ? "RAW" : disclosure))
                .extract()
                .jsonPath();
        asAdmin()
                .get("/api/v1/api-keys/" + created.getString("id"))
                .then()
                .statusCode(200)
                .body("disclosure", equalTo(disclosure == null ? "RAW" : disclosure));
        return created.getString("key");
    }

    private static String group(String code) {
        return "parts.ETHNIC_GROUP.find { it.code == '" + code + "' }";
    }

    @Test
    void aPublicKeySeesTheCountOfThreeAndItsComplementHidden() {
        JsonPath listed = as(publicKey)
                .get("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath one = as(publicKey)
                .get("/api/v1/measures/" + measure + "/observations/" + PERIOD)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String march = "items.find { it.period == '" + PERIOD + "' }.";
        for (JsonPath read : List.of(listed, one)) {
            String at = read == listed ? march : "";
            assertThat(read.getBoolean(at + "suppressed")).isFalse();
            assertThat(read.getInt(at + "numerator")).isEqualTo(20);
            assertThat((Object) read.get(at + group("BLACK") + ".numerator")).isNull();
            assertThat(read.getBoolean(at + group("BLACK") + ".suppressed")).isTrue();
            assertThat((Object) read.get(at + group("ASIAN") + ".numerator")).isNull();
            assertThat(read.getBoolean(at + group("ASIAN") + ".suppressed")).isTrue();
            assertThat(read.getInt(at + group("BLACK") + ".denominator")).isEqualTo(400);
            assertThat(read.getInt(at + group("WHITE") + ".numerator")).isEqualTo(12);
            assertThat(read.getBoolean(at + group("WHITE") + ".suppressed")).isFalse();
        }
        String csv = as(publicKey)
                .accept("text/csv")
                .get("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).contains(PERIOD + ",ETHNIC_GROUP,BLACK,*,400,");
        assertThat(csv).contains(PERIOD + ",ETHNIC_GROUP,ASIAN,*,500,");
        assertThat(csv).contains(PERIOD + ",ETHNIC_GROUP,WHITE,12,2000,");
    }

    @Test
    void aPublicKeyIsRefusedOneGroupsSeriesButNotTheWhole() {
        as(publicKey)
                .queryParam("breakdown", "ETHNIC_GROUP")
                .queryParam("code", "BLACK")
                .get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("disparities"));
        as(publicKey)
                .queryParam("breakdown", "ETHNIC_GROUP")
                .queryParam("code", "BLACK")
                .get("/api/v1/measures/" + measure + "/run-chart")
                .then()
                .statusCode(403);
        as(publicKey).get("/api/v1/measures/" + measure + "/spc").then().statusCode(200);
        as(rawKey)
                .queryParam("breakdown", "ETHNIC_GROUP")
                .queryParam("code", "BLACK")
                .get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200);
    }

    @Test
    void aRawKeySeesTheFiguresAsRecorded() {
        as(rawKey)
                .get("/api/v1/measures/" + measure + "/observations/" + PERIOD)
                .then()
                .statusCode(200)
                .body("suppressed", equalTo(false))
                .body(group("BLACK") + ".numerator", equalTo(3))
                .body(group("BLACK") + ".suppressed", equalTo(false))
                .body(group("ASIAN") + ".numerator", equalTo(5));
        String csv = as(rawKey)
                .accept("text/csv")
                .get("/api/v1/measures/" + measure + "/observations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).contains(PERIOD + ",ETHNIC_GROUP,BLACK,3,400,").doesNotContain("*");
    }

    @Test
    void aSmallTotalIsHiddenWithTheRateComputedFromIt() {
        List<Map<String, Object>> parts = new ArrayList<>();
        parts.add(part("WHITE", 2, 2000));
        parts.add(part("MIXED", 0, 50));
        parts.add(part("ASIAN", 0, 500));
        parts.add(part("BLACK", 1, 400));
        parts.add(part("OTHER", 0, 30));
        parts.add(part("NOT_STATED_OR_KNOWN", 0, 20));
        Measures.record(
                measure,
                List.of(Map.of(
                        "period",
                        "2025-04",
                        "numerator",
                        3,
                        "denominator",
                        3000,
                        "parts",
                        Map.of("ETHNIC_GROUP", parts))));
        as(publicKey)
                .get("/api/v1/measures/" + measure + "/observations/2025-04")
                .then()
                .statusCode(200)
                .body("suppressed", equalTo(true))
                .body("numerator", equalTo(null))
                .body("value", equalTo(null))
                .body("denominator", equalTo(3000));
    }

    @Test
    void aPublicKeyStillReadsOnlyItsTrustsAndPlainMeasuresAsBefore() {
        String elsewhere = TestData.createTrust(TestData.uniqueName("Elsewhere"));
        String theirs = Measures.monthly(elsewhere);
        as(publicKey).get("/api/v1/measures/" + theirs + "/observations").then().statusCode(404);

        String plain = Measures.monthly(trust);
        Measures.record(plain, Measures.months(PERIOD, "3"));
        as(publicKey)
                .get("/api/v1/measures/" + plain + "/observations/" + PERIOD)
                .then()
                .statusCode(200)
                .body("value", equalTo(3))
                .body("suppressed", equalTo(false));
    }

    @Test
    void disclosureIsRawOrPublicOnly() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Bad", "trustIds", List.of(trust), "disclosure", "SECRET"))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(422)
                .body(containsString("disclosure"));
    }
}
