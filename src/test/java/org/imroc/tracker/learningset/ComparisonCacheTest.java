package org.imroc.tracker.learningset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.as;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Sets;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The small multiples are drawn once per state of the members' data and per view: a second request is served from
 * the cache, a new figure draws them again, and a caller who sees pseudonyms never gets a drawing made for a caller
 * who sees names.
 */
@QuarkusTest
class ComparisonCacheTest {

    private static final String TEMPLATE = "seclusion-episodes";

    private static String measureOf(String trust) {
        return asAdmin()
                .queryParam("templateCode", TEMPLATE)
                .get("/api/v1/trusts/" + trust + "/measures")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
    }

    private static String svg(String token, String set) {
        return as(token)
                .accept("image/svg+xml")
                .queryParam("templateCode", TEMPLATE)
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** Two members with four months each, and the lead of the first (both callers resolved before counting). */
    private record TwoMembers(String northName, String southName, String north, String south, String set, String lead) {

        static TwoMembers of(String prefix) {
            String northName = TestData.uniqueName(prefix + " North");
            String southName = TestData.uniqueName(prefix + " South");
            String north = TestData.createTrust(northName);
            String south = TestData.createTrust(southName);
            String set = Sets.create(List.of(Sets.userId(Api.adminToken())), List.of(TEMPLATE), north, south);
            Measures.record(measureOf(north), Measures.months("2001-01", "4", "6", "5", "7"));
            Measures.record(measureOf(south), Measures.months("2001-01", "3", "5", "2", "6"));
            String lead = Api.createUser("TRUST_LEAD", List.of(north)).token();
            asAdmin().get("/api/v1/learning-sets/" + set).then().statusCode(200);
            as(lead).get("/api/v1/learning-sets/" + set).then().statusCode(200);
            return new TwoMembers(northName, southName, north, south, set, lead);
        }
    }

    @Test
    void theSmallMultiplesAreDrawnOncePerStateAndView() {
        TwoMembers m = TwoMembers.of("Cache");
        String set = m.set();

        String[] drawn = new String[2];
        long first = SqlStatements.during(() -> drawn[0] = svg(Api.adminToken(), set));
        long second = SqlStatements.during(() -> drawn[1] = svg(Api.adminToken(), set));
        assertThat(drawn[1]).isEqualTo(drawn[0]).contains(m.northName(), m.southName());
        assertThat(second)
                .as("statements of a drawing already made, against %s for the first", first)
                .isLessThan(first);

        String seenByLead = svg(m.lead(), set);
        assertThat(seenByLead).contains(m.northName()).doesNotContain(m.southName());

        Measures.record(measureOf(m.south()), Measures.months("2001-05", "9"));
        assertThat(svg(Api.adminToken(), set)).isNotEqualTo(drawn[0]).contains("2001-05: 9");
    }

    private static io.restassured.path.json.JsonPath comparison(String token, String set) {
        return as(token)
                .queryParam("templateCode", TEMPLATE)
                .get("/api/v1/learning-sets/" + set + "/comparison")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theComparisonIsComputedOncePerStateAndViewAndANewFigureIsInTheNextAnswer() {
        TwoMembers m = TwoMembers.of("Compare");
        String set = m.set();

        io.restassured.path.json.JsonPath[] answers = new io.restassured.path.json.JsonPath[2];
        long first = SqlStatements.during(() -> answers[0] = comparison(Api.adminToken(), set));
        long second = SqlStatements.during(() -> answers[1] = comparison(Api.adminToken(), set));
        assertThat(answers[1].getList("items.latestValue")).isEqualTo(answers[0].getList("items.latestValue"));
        assertThat(answers[0].getList("items.label")).contains(m.northName(), m.southName());
        assertThat(second)
                .as("statements of a comparison already made, against %s for the first", first)
                .isLessThan(first);
        // asked again while nothing at all was written: the caller check's statement and no other (decision 0040);
        // the least of three, in case a background job wrote
        assertThat(SqlStatements.leastOf(3, () -> comparison(Api.adminToken(), set)))
                .isEqualTo(SqlStatements.CALLER_LOOKUP);

        // the lead of one member sees the other under a pseudonym: never an answer made for a caller who names it
        assertThat(comparison(m.lead(), set).getList("items.label"))
                .contains(m.northName())
                .doesNotContain(m.southName());

        Measures.record(measureOf(m.south()), Measures.months("2001-05", "9"));
        io.restassured.path.json.JsonPath after = comparison(Api.adminToken(), set);
        assertThat(after.getString("items.find { it.trustId == '" + m.south() + "' }.latestPeriod"))
                .isEqualTo("2001-05");
        assertThat(after.getString("items.find { it.trustId == '" + m.south() + "' }.latestValue"))
                .isEqualTo("9");
    }
}
