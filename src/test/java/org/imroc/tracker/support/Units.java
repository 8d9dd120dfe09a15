package org.imroc.tracker.support;

import static org.imroc.tracker.support.Api.asAdmin;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Units of a Trust for tests, created by an administrator. */
public final class Units {

    private Units() {}

    public static Map<String, Object> body(String name, String kind, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    public static String create(String trustId, String name, String kind, String parentId) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(body(name, kind, parentId))
                .post("/api/v1/trusts/" + trustId + "/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A ward with a name no other test uses. */
    public static String ward(String trustId) {
        return create(trustId, "Ward " + UUID.randomUUID(), "WARD", null);
    }
}
