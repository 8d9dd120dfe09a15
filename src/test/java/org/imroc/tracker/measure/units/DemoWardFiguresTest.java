package org.imroc.tracker.measure.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.support.TestData;
import org.imroc.tracker.support.Units;
import org.junit.jupiter.api.Test;

/**
 * The demo's ward-level figures tell the story the docs and the tour tell: restraint recorded ward by ward, broken
 * down by ethnic group, with a disparity between Black and White patients that is clear before No Force First and
 * narrows after it. Loaded here into a Trust of the test's own, through the same loader the demo uses.
 */
@QuarkusTest
class DemoWardFiguresTest {

    @Inject
    DemoWardFigures figures;

    private static JsonPath get(String path) {
        return asAdmin().get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theDemoDisparityIsClearBeforeNoForceFirstAndNarrowsAfterIt() {
        String trust = TestData.createTrust(TestData.uniqueName("Demo wards"));
        List<UUID> wards = List.of(
                UUID.fromString(Units.create(trust, "Ash Ward", "WARD", null)),
                UUID.fromString(Units.create(trust, "Beech Ward", "WARD", null)),
                UUID.fromString(Units.create(trust, "Cedar Ward", "WARD", null)),
                UUID.fromString(Units.create(trust, "Damson Ward", "WARD", null)));
        QuarkusTransaction.requiringNew().run(() -> figures.load(UUID.fromString(trust), wards));

        List<Map<String, Object>> measures = get("/api/v1/trusts/" + trust + "/measures?templateCode=restraint-rate")
                .getList("items");
        assertThat(measures).hasSize(1);
        assertThat(measures.get(0)).containsEntry("recordedBy", "UNIT");
        assertThat(measures.get(0)).containsEntry("breakdowns", List.of("ETHNIC_GROUP"));
        String base = "/api/v1/measures/" + measures.get(0).get("id");

        // 24 months of Black patients' own rate, the Trust's derived from its wards' parts
        assertThat(get(base + "/spc?breakdown=ETHNIC_GROUP&code=BLACK").getList("points"))
                .hasSize(DemoWardFigures.MONTHS);

        YearMonth first = YearMonth.from(LocalDate.now().minusMonths(DemoWardFigures.MONTHS));
        YearMonth launch = first.plusMonths(DemoWardFigures.NO_FORCE_FIRST_MONTH);
        JsonPath before = get(base + "/disparities?breakdown=ETHNIC_GROUP&reference=WHITE&from=" + first + "&to="
                + launch.minusMonths(1));
        JsonPath after = get(base + "/disparities?breakdown=ETHNIC_GROUP&reference=WHITE&from=" + launch + "&to="
                + launch.plusMonths(11));
        String black = "groups.find { it.code == 'BLACK' }.";
        assertThat(before.getString(black + "side")).isEqualTo("WHOLLY_ABOVE_ONE");
        assertThat(before.getDouble(black + "rateRatio")).isGreaterThan(2.5);
        assertThat(after.getDouble(black + "rateRatio"))
                .isLessThan(before.getDouble(black + "rateRatio") / 1.5)
                .isLessThan(2.0);
        // the parts add up: every group's events make the Trust's, over each window
        for (JsonPath window : List.of(before, after)) {
            List<Integer> events = window.getList("groups.events", Integer.class);
            assertThat(events.stream().mapToInt(Integer::intValue).sum()).isEqualTo(window.getInt("total.events"));
        }
    }
}
