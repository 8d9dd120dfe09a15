package org.imroc.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The Trust report's "Fair for everyone" section: each rate broken down by ethnic group, against White, in a fixed
 * number of statements whatever the number of such measures.
 *
 * <p>The figures: Black 6 restraints over 410 bed days, White 7 over 2,390 (docs/breakdowns.md's worked example):
 * RR = (6 × 2390) ÷ (410 × 7) = 4.9965, shown as 5.00; interval exp(1.6087 ∓ 1.96 × √(1/6 + 1/7)) = 1.68 to 14.87.
 */
@QuarkusTest
class FairForEveryoneReportTest {

    private static String rateByGroup(String trust) {
        String measure =
                Measures.create(trust, Map.of("templateCode", "restraint-rate", "breakdowns", List.of("ETHNIC_GROUP")));
        Measures.record(
                measure,
                List.of(Map.of(
                        "period",
                        "2025-01",
                        "numerator",
                        13,
                        "denominator",
                        2800,
                        "parts",
                        Map.of(
                                "ETHNIC_GROUP",
                                List.of(
                                        Map.of("code", "WHITE", "numerator", 7, "denominator", 2390),
                                        Map.of("code", "BLACK", "numerator", 6, "denominator", 410))))));
        return measure;
    }

    private static long firstDraw(String trust) {
        String path = "/api/v1/trusts/" + trust + "/report";
        asAdmin().get("/api/v1/trusts/" + trust).then().statusCode(200); // the caller resolved
        return SqlStatements.during(() -> asAdmin().get(path).then().statusCode(200));
    }

    @Test
    void theReportListsEachRatesRatiosAgainstWhite() {
        String trust = TestData.createTrust(TestData.uniqueName("Fair report"));
        rateByGroup(trust);
        String html = asAdmin()
                .get("/api/v1/trusts/" + trust + "/report")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html).contains("Fair for everyone");
        String section = html.substring(html.indexOf("Fair for everyone"));
        assertThat(section)
                .contains("Restraint episodes per 1,000 occupied bed days")
                .contains("2025-01 to 2025-01, against White")
                .contains("<td>Black</td><td class=\"num\">6</td><td class=\"num\">410</td>")
                .contains("<td class=\"num\">5.00</td><td class=\"num\">1.68 to 14.87</td>")
                .contains("higher: interval wholly above 1");
    }

    @Test
    void oneRateOrFourCostTheSameStatements() {
        firstDraw(TestData.createTrust(TestData.uniqueName("Fair warm-up"))); // fills what every report shares
        String one = TestData.createTrust(TestData.uniqueName("Fair one"));
        rateByGroup(one);
        String four = TestData.createTrust(TestData.uniqueName("Fair four"));
        for (int i = 0; i < 4; i++) {
            rateByGroup(four);
        }
        long withOne = firstDraw(one);
        long withFour = firstDraw(four);
        System.out.printf("statement-count: report with 1 rate by ethnic group = %d; with 4 = %d%n", withOne, withFour);
        assertThat(withFour).isEqualTo(withOne);
    }
}
