package org.imroc.tracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CursorPagingTest {

    @Test
    void pagingWhileRowsAreInsertedSkipsAndRepeatsNothing() {
        String marker = "Paging " + UUID.randomUUID().toString().substring(0, 8);
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(TestData.createTrust(marker + " " + i));
        }

        List<String> seen = new ArrayList<>();
        List<String> insertedDuring = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = asAdmin().queryParam("q", marker).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/trusts")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> ids = page.getList("items.id");
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            seen.addAll(ids);
            cursor = page.getString("nextCursor");
            pages++;
            if (pages <= 3) {
                insertedDuring.add(TestData.createTrust(marker + " late " + pages));
            }
        } while (cursor != null && pages < 50);

        assertThat(pages).isGreaterThan(3);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(before);
        assertThat(seen).containsSubsequence(before);
        Set<String> expected = new HashSet<>(before);
        expected.addAll(insertedDuring);
        assertThat(new HashSet<>(seen)).isEqualTo(expected);
    }

    @Test
    void defaultPageIsFiftyAndLastPageHasNoCursor() {
        String marker = "Small " + UUID.randomUUID().toString().substring(0, 8);
        TestData.createTrust(marker);
        JsonPath page = asAdmin()
                .queryParam("q", marker)
                .get("/api/v1/trusts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(page.getList("items")).hasSize(1);
        assertThat(page.getString("nextCursor")).isNull();
    }
}
