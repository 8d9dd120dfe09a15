package org.imroc.tracker.measure.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** GET /api/v1/breakdowns lists the four breakdowns with the NHS codes, their labels and the category's group. */
@QuarkusTest
class BreakdownResourceTest {

    @Test
    void theCatalogueHasTheNhsCodesInOrder() {
        JsonPath body = asAdmin()
                .get("/api/v1/breakdowns")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(body.getList("items.breakdown"))
                .containsExactly("ETHNIC_CATEGORY", "ETHNIC_GROUP", "SEX", "AGE_BAND");
        assertThat(body.getList("items[0].codes.code"))
                .containsExactly(
                        "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z", "99");
        assertThat(body.getString("items[0].codes.find { it.code == 'N' }.label"))
                .isEqualTo("African");
        assertThat(body.getString("items[0].codes.find { it.code == 'N' }.group"))
                .isEqualTo("BLACK");
        assertThat(body.getString("items[0].codes.find { it.code == 'R' }.group"))
                .isEqualTo("OTHER");
        assertThat(body.getBoolean("items[0].codes.find { it.code == '99' }.recorded"))
                .isFalse();
        assertThat(body.getBoolean("items[0].codes.find { it.code == 'A' }.recorded"))
                .isTrue();
        assertThat(body.getList("items[2].codes.code")).containsExactly("1", "2", "9", "X");
        assertThat(body.getString("items[1].codes[0].group")).isNull();
        assertThat(body.getList("items[3].codes.code")).contains("0-17", "66+", "UNKNOWN");
    }
}
