package org.imroc.tracker.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Sets;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A filter naming a Trust outside the caller's scope matches nothing of it, on every list that takes one. The
 * callers are all scoped to Trust A (its lead, its consultant, a key for it); Trust B ("Eastmoor") is a member of a
 * set with A, where they see it only as a letter. The consultant also runs a second set with B in it, so they know
 * B's id (the attack of issue 21): filtering by it must not tell them which letter B is in the first set.
 */
@QuarkusTest
class TrustFilterTest {

    private static final String RATE = "restraint-rate";

    private String own;
    private String other;
    private String shared;
    private String facilitated;
    private final Map<String, String> callers = new java.util.LinkedHashMap<>();

    @BeforeEach
    void aTrustOutOfScopeWithRecordsOfEveryKind() {
        own = TestData.createTrust(TestData.uniqueName("Southvale"));
        other = TestData.createTrust(TestData.uniqueName("Eastmoor"));
        Api.TestUser consultant = Api.createUser("CONSULTANT", List.of(own));
        callers.put("lead of A", Api.createUser("TRUST_LEAD", List.of(own)).token());
        callers.put("consultant of A", consultant.token());
        callers.put("key for A", Api.createKey(List.of(own)));
        // the set where B is a letter to everyone scoped to A, with a report of B's
        shared = Sets.create(List.of(), List.of(RATE), own, other);
        Sets.draft(shared, other);
        // the set the consultant runs, where B is named to them
        facilitated = Sets.create(List.of(consultant.id()), List.of(RATE), other);
        // B's own records: a visit (and its audit events and changes, made when B and the visit were created)
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("visitedOn", "2026-01-15", "type", "SUPPORT"))
                .post("/api/v1/trusts/" + other + "/visits")
                .then()
                .statusCode(201);
    }

    /** Every list that takes a trustId query parameter, as the contract declares them. */
    @Test
    void everyListFilteredByAnOutOfScopeTrustIsEmpty() {
        Map<String, Map<String, String>> lists = new java.util.LinkedHashMap<>();
        lists.put("/api/v1/learning-sets", Map.of("trustId", other));
        lists.put("/api/v1/learning-sets/{setId}/reports", Map.of("trustId", other));
        lists.put("/api/v1/visits", Map.of("trustId", other));
        lists.put("/api/v1/changes", Map.of("trustId", other));
        lists.put("/api/v1/audit-events", Map.of("trustId", other));
        assertThat(new TreeSet<>(lists.keySet()))
                .as("a row for every list with a trustId filter")
                .isEqualTo(new TreeSet<>(listsWithTrustFilter()));

        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            for (Map.Entry<String, Map<String, String>> list : lists.entrySet()) {
                String path = list.getKey().replace("{setId}", shared);
                for (String status : list.getKey().endsWith("/reports") ? List.of("", "DUE") : List.of("")) {
                    var request = Api.as(caller.getValue()).queryParams(list.getValue());
                    if (!status.isEmpty()) {
                        request.queryParam("status", status);
                    }
                    Response answer = request.get(path);
                    String asked = "GET " + path + "?trustId=" + other + (status.isEmpty() ? "" : "&status=" + status)
                            + " as " + caller.getKey();
                    List<Object> items =
                            answer.then().statusCode(200).extract().jsonPath().getList("items");
                    // the consultant runs one set with B in it, where B is named to them: that one alone
                    List<Object> allowed = list.getKey().equals("/api/v1/learning-sets")
                                    && caller.getKey().startsWith("consultant")
                            ? List.of(facilitated)
                            : List.of();
                    List<Object> ids = answer.jsonPath().getList("items.id");
                    System.out.println(asked + " -> " + answer.statusCode() + " items " + ids);
                    if (!ids.equals(allowed) || items.size() != allowed.size()) {
                        leaks.add(asked + " answered " + ids);
                    }
                }
            }
        }
        assertThat(leaks)
                .as("lists answering records of a Trust outside the caller's scope")
                .isEmpty();
    }

    /** Lists under a Trust's own path are the same 404 as for a Trust that does not exist. */
    @Test
    void everyListUnderAnOutOfScopeTrustIsTheSame404AsUnderNone() {
        String absent = UUID.randomUUID().toString();
        List<String> paths = trustPaths();
        assertThat(paths).contains("/api/v1/trusts/{trustId}/actions", "/api/v1/trusts/{trustId}/visits");
        List<String> different = new ArrayList<>();
        for (String token : callers.values()) {
            for (String path : paths) {
                // an administrator's list is 403 to everyone else, whichever Trust it names (still the same answer)
                int expected = ADMIN_ONLY.contains(path) ? 403 : 404;
                String hidden = Api.as(token)
                        .get(path.replace("{trustId}", other))
                        .then()
                        .statusCode(expected)
                        .extract()
                        .asString();
                String none = Api.as(token)
                        .get(path.replace("{trustId}", absent))
                        .then()
                        .statusCode(expected)
                        .extract()
                        .asString();
                if (!withoutRequestId(hidden.replace(other, "ID"))
                        .equals(withoutRequestId(none.replace(absent, "ID")))) {
                    different.add(path + ": " + hidden + " / " + none);
                }
            }
        }
        assertThat(different).isEmpty();
    }

    /** Lists under a Trust's path that only an administrator may read (none of the callers here is one). */
    private static final java.util.Set<String> ADMIN_ONLY =
            java.util.Set.of("/api/v1/trusts/{trustId}/identity-providers");

    static String withoutRequestId(String problem) {
        return problem.replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"-\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> paths() {
        return asAdmin()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
    }

    @SuppressWarnings("unchecked")
    private static List<String> listsWithTrustFilter() {
        List<String> found = new ArrayList<>();
        paths().forEach((path, operations) -> {
            Map<String, Object> get = (Map<String, Object>) operations.get("get");
            if (get == null) {
                return;
            }
            for (Map<String, Object> p : (List<Map<String, Object>>) get.getOrDefault("parameters", List.of())) {
                if ("query".equals(p.get("in"))
                        && String.valueOf(p.get("name")).toLowerCase().startsWith("trust")) {
                    found.add(path);
                }
            }
        });
        return found;
    }

    private static List<String> trustPaths() {
        return paths().entrySet().stream()
                .filter(e -> e.getKey().startsWith("/api/v1/trusts/{trustId}"))
                .filter(e -> e.getValue().containsKey("get"))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
