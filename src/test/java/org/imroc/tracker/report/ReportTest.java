package org.imroc.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Assess;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.Svg;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/** The Trust report: one self-contained HTML page under a strict Content-Security-Policy. */
@QuarkusTest
class ReportTest {

    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);

    @Test
    void theReportHasEverySectionInlineAndAPolicyThatAllowsOnlyItsStylesheet() throws Exception {
        String trust = TestData.createTrust(TestData.uniqueName("Report"));
        Assess.agreed(trust, "JOINT", "BASELINE", "2026-01-10", "ENGAGEMENT");
        Assess.agreed(trust, "CONSULTANT", "REVIEW", "2026-06-10", "DEVELOPMENT");
        String goal = Pdsa.goal(trust);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("score", 2.5))
                .post("/api/v1/goals/" + goal + "/progress-scores")
                .then()
                .statusCode(201);
        Pdsa.reviewedCycle(goal, "ADAPT");
        Map<String, Object> overdue = Pdsa.actionBody();
        overdue.put("title", "Book the room <b>now</b>");
        overdue.put("dueOn", "2026-01-15");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(overdue)
                .post("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(201);
        Map<String, Object> body = Measures.body("DECREASE");
        body.remove("challengeNumber");
        body.put("goalId", goal);
        String measure = Measures.create(trust, body);
        Measures.record(
                measure, Measures.months("2026-01", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11"));

        Response response = asAdmin()
                .accept("text/html")
                .queryParam("since", "2026-01-01")
                .get("/api/v1/trusts/" + trust + "/report");
        response.then().statusCode(200).contentType(containsString("text/html"));
        String html = response.asString();
        Path artefact = Svg.ARTEFACTS.resolve("trust-report.html");
        Files.createDirectories(Svg.ARTEFACTS);
        Files.writeString(artefact, html, StandardCharsets.UTF_8);

        Matcher style = STYLE.matcher(html);
        assertThat(style.find()).as("one inline stylesheet").isTrue();
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        String policy = response.header("Content-Security-Policy");
        assertThat(policy)
                .startsWith("default-src 'none'; style-src 'sha256-" + hash + "'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe");
        assertThat(html)
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'sha256-" + hash + "'");
        // nothing to fetch: no scripts, stylesheets, fonts, images or links (the SVG namespace is a name, not a link)
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
                .doesNotContain("<script")
                .doesNotContain("<link")
                .doesNotContain("@import")
                .doesNotContain("url(")
                .doesNotContain("href")
                .doesNotContain("src=")
                .doesNotContain("http:")
                .doesNotContain("https:")
                .contains(
                        "Peer support workers in every team",
                        "2.5",
                        "PDSA 1: Welcome group on Ward 3",
                        "ADAPT",
                        "Book the room &lt;b&gt;now&lt;/b&gt;",
                        "Overdue actions",
                        "Measures");
        Matcher svg = SVG.matcher(html);
        int pictures = 0;
        while (svg.find()) {
            Svg.parse(svg.group());
            pictures++;
        }
        assertThat(pictures).as("challenge profile, measure table, one chart").isEqualTo(3);
        // readable without the pictures: each chart under its own heading, its sentence as text, its figures (and the
        // challenge profile's) as a table in a <details>, headings h1 → h2 → h3 without a skip
        assertThat(html)
                .contains("<html lang=\"en-GB\">")
                .contains("<summary>The challenge profile as a table</summary>")
                .contains("<summary>The measure summary as a table</summary>")
                .contains("<summary>Figures of ")
                .contains("<th scope=\"col\">Upper process limit</th>")
                .contains("<th scope=\"row\">2026-12</th>")
                .contains("<figcaption>")
                .containsPattern("<figcaption>[^<]+ shows [^<]+</figcaption>");
        Matcher headings = Pattern.compile("<h([1-6])[ >]").matcher(html);
        int level = 0;
        while (headings.find()) {
            int next = Integer.parseInt(headings.group(1));
            assertThat(next).as("a heading after h" + level).isLessThanOrEqualTo(level + 1);
            level = next;
        }
        assertThat(level).as("the last heading is reached").isGreaterThan(0);
    }

    @Test
    void theReportIsScopedAndItsDateChecked() {
        String trust = TestData.createTrust(TestData.uniqueName("Report scope"));
        String other = TestData.createTrust(TestData.uniqueName("Report other"));
        Api.as(Api.createUser("TRUST_LEAD", List.of(other)).token())
                .get("/api/v1/trusts/" + trust + "/report")
                .then()
                .statusCode(404);
        Api.as(Api.createKey(List.of(trust)))
                .get("/api/v1/trusts/" + trust + "/report")
                .then()
                .statusCode(200);
        asAdmin()
                .queryParam("since", "yesterday")
                .get("/api/v1/trusts/" + trust + "/report")
                .then()
                .statusCode(400);
        asAdmin()
                .queryParam("since", "2999-01-01")
                .get("/api/v1/trusts/" + trust + "/report")
                .then()
                .statusCode(400);
        asAdmin()
                .accept("application/json")
                .get("/api/v1/trusts/" + trust + "/report")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("detail", containsString("answers with text/html"))
                .body("detail", org.hamcrest.Matchers.not(containsString("application/json")));
    }

    @Test
    void aReportIsDrawnOncePerStateOfTheTrust() {
        String trust = TestData.createTrust(TestData.uniqueName("Report cache"));
        String measure = Measures.monthly(trust);
        Measures.record(
                measure, Measures.months("2024-01", "4", "6", "5", "7", "3", "5", "6", "4", "5", "6", "7", "5"));
        String path = "/api/v1/trusts/" + trust + "/report";
        asAdmin().get("/api/v1/trusts/" + trust).then().statusCode(200); // the caller resolved
        String[] html = new String[2];
        long first = SqlStatements.during(() ->
                html[0] = asAdmin().get(path).then().statusCode(200).extract().asString());
        long second = SqlStatements.during(() ->
                html[1] = asAdmin().get(path).then().statusCode(200).extract().asString());
        assertThat(html[1]).isEqualTo(html[0]).contains("12 points");
        assertThat(second)
                .as("statements of a report already drawn, against %s for the first", first)
                .isLessThan(first)
                .isLessThanOrEqualTo(2 + SqlStatements.CALLER_LOOKUP);
        Measures.record(measure, Measures.months("2025-01", "8"));
        assertThat(asAdmin().get(path).then().statusCode(200).extract().asString())
                .contains("13 points");
    }

    @Test
    void aChangeToOneSeriesRedrawsThatMeasureAlone() {
        String trust = TestData.createTrust(TestData.uniqueName("Report one measure"));
        String changed = Measures.monthly(trust);
        String other = Measures.monthly(trust);
        Measures.record(changed, Measures.months("2024-01", "4", "6", "5", "7", "3", "5", "6", "4"));
        Measures.record(other, Measures.months("2024-01", "9", "8", "9", "7", "8", "9", "8", "9", "7", "8"));
        String path = "/api/v1/trusts/" + trust + "/report";
        asAdmin().get(path).then().statusCode(200);
        // an annotation changes no figure, so the measure's own version stays: only its series number moves
        String etag = asAdmin()
                .get("/api/v1/measures/" + changed)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String observation = "/api/v1/measures/" + changed + "/observations/2024-03";
        String tag = asAdmin().get(observation).then().statusCode(200).extract().header("ETag");
        asAdmin()
                .contentType("application/merge-patch+json")
                .header("If-Match", tag)
                .body(Map.of("annotation", "Ward closed for repairs"))
                .patch(observation)
                .then()
                .statusCode(200);
        assertThat(asAdmin().get("/api/v1/measures/" + changed).then().extract().header("ETag"))
                .as("the measure's own ETag after an annotation")
                .isEqualTo(etag);
        String[] html = new String[1];
        long rows = ObservationLoads.during(() ->
                html[0] = asAdmin().get(path).then().statusCode(200).extract().asString());
        assertThat(html[0]).contains("Ward closed for repairs");
        assertThat(rows).as("observations read to redraw the report").isEqualTo(8);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Pdsa.actionBody())
                .post("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(201);
        assertThat(ObservationLoads.during(() -> asAdmin().get(path).then().statusCode(200)))
                .as("observations read after a change to no measure")
                .isZero();
        assertThat(ObservationLoads.during(() -> asAdmin()
                        .get("/api/v1/trusts/" + trust + "/measures/summary")
                        .then()
                        .statusCode(200)))
                .as("observations read for the summary table of measures already drawn")
                .isZero();
        Measures.record(changed, Measures.months("2024-09", "30"));
        assertThat(ObservationLoads.during(() -> asAdmin()
                        .get("/api/v1/trusts/" + trust + "/measures/summary")
                        .then()
                        .statusCode(200)
                        .body("items.find { it.measureId == '" + changed + "' }.points", org.hamcrest.Matchers.is(9))
                        .body("items.find { it.measureId == '" + other + "' }.points", org.hamcrest.Matchers.is(10))))
                .as("observations read for the summary after one more point")
                .isEqualTo(9);
    }

    @Test
    void aReportDrawsTheLastTwoYearsOfEachSeries() {
        String trust = TestData.createTrust(TestData.uniqueName("Report window"));
        String measure = Measures.monthly(trust);
        String[] values = new String[30];
        for (int i = 0; i < values.length; i++) {
            values[i] = Integer.toString(4 + i % 5);
        }
        Measures.record(measure, Measures.months("2022-01", values)); // to 2024-06: the chart shows 2022-07 on
        String html = asAdmin()
                .get("/api/v1/trusts/" + trust + "/report")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html).contains("Showing 24 of 30 points from 2022-07").contains("30 points");
    }
}
