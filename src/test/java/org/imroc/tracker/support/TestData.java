package org.imroc.tracker.support;

import static org.imroc.tracker.support.Api.asAdmin;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates each test's own data through the API, with names and ODS codes no other test uses. */
public final class TestData {

    /**
     * Starts anywhere in the whole space of codes: a test profile restarts Quarkus (and these statics) on the same
     * database, so a start drawn from a small range could meet codes already used (409, a flaky suite).
     */
    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36));

    private TestData() {}

    /** A fresh, valid ODS code: 5 characters, unique within this test run. */
    public static String odsCode() {
        int n = NEXT.getAndIncrement() % (36 * 36 * 36 * 36);
        return "T"
                + String.format("%4s", Integer.toString(n, 36))
                        .replace(' ', '0')
                        .toUpperCase();
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> trustBody(String name) {
        return Map.of("name", name, "odsCode", odsCode(), "region", "North West", "services", new String[] {"ADULT"});
    }

    /** Creates a Trust and returns its id. */
    public static String createTrust(String name) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(trustBody(name))
                .when()
                .post("/api/v1/trusts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
