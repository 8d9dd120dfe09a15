package org.imroc.tracker.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.measure.chart.MdcIcons;
import org.imroc.tracker.measure.chart.PointMarks;
import org.imroc.tracker.measure.spc.XmrChartTest;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.Svg;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The charts as pictures: well-formed SVG, rendered by a real SVG renderer (Batik), with the right colours where
 * the points are. PNGs of each fixture are kept in target/charts/ for a reviewer.
 */
@QuarkusTest
class MeasureChartTest {

    private static final String SVG = "image/svg+xml";

    private static String measure(String trust, String direction, Object target) {
        Map<String, Object> body = Measures.body(direction);
        body.put("name", "Restraint on the wards");
        if (target != null) {
            body.put("target", target);
        }
        return Measures.create(trust, body);
    }

    private static Response svg(String path) {
        Response response = asAdmin().accept(SVG).get(path);
        response.then().statusCode(200).contentType(containsString(SVG)).header("Vary", containsString("Accept"));
        return response;
    }

    /** The points drawn filled with {@code colour}, whatever their shape. */
    private static List<Element> dots(Document doc, String colour) {
        return Svg.marks(doc).stream()
                .filter(c -> colour.equals(c.getAttribute("fill")))
                .toList();
    }

    private static List<String> texts(Document doc) {
        List<String> texts = new ArrayList<>();
        var nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void anSpcChartShowsSpecialCausesInMdcColoursWhereThePointsAre() {
        String trust = TestData.createTrust(TestData.uniqueName("Chart SPC"));
        String measure = measure(trust, "INCREASE", 5);
        List<Map<String, Object>> items = new ArrayList<>(Measures.months("2023-01", XmrChartTest.OUTLIER_PAIR));
        items.set(2, Map.of("period", "2023-03", "value", 9, "annotation", "PDSA 1 started: safety huddles"));
        Measures.record(measure, items);

        String body = svg("/api/v1/measures/" + measure + "/spc").asString();
        Document doc = Svg.parse(body);
        BufferedImage png = Svg.render(body, "spc-outlier-pair");

        // XmrChartTest.screeningLeavesTheOutlierRangeOutAndNarrowsTheLimits: 0 (2023-07) is a concern, 20 an
        // improvement
        List<Element> concern = dots(doc, MdcIcons.CONCERN);
        List<Element> improvement = dots(doc, MdcIcons.IMPROVEMENT);
        assertThat(concern).hasSize(1);
        assertThat(improvement).hasSize(1);
        assertThat(concern.get(0).getTextContent()).startsWith("2023-07: 0");
        assertThat(dots(doc, MdcIcons.COMMON)).hasSize(14);
        assertThat(Svg.colourAt(png, Svg.centre(concern.get(0))[0], Svg.centre(concern.get(0))[1]))
                .isEqualTo("#E46C0A");
        assertThat(Svg.colourAt(png, Svg.centre(improvement.get(0))[0], Svg.centre(improvement.get(0))[1]))
                .isEqualTo("#00B0F0");
        assertThat(texts(doc))
                .contains("Mean 10", "UPL 18.74", "LPL 1.26", "Target 5", "Restraint on the wards")
                .anyMatch(t -> t.contains("2023-03") && t.contains("PDSA 1 started: safety huddles"));
        // the target (5) lies inside the limits: the assurance icon is the grey "?" ring; variation is common cause
        assertThat(texts(doc)).contains("?");
        // the rings and common-cause points are outlined in the darker grey (3:1 or more against white)
        assertThat(Svg.withAttribute(doc, "circle", "stroke", PointMarks.COMMON_OUTLINE))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(concern.get(0).getTagName()).isEqualTo("polygon");
        assertThat(Svg.withAttribute(doc, "line", "stroke-dasharray", "8 4")).hasSize(1); // the dashed target
        assertThat(texts(doc)).noneMatch(t -> t.startsWith("Trial limits"));
        // for screen readers: an image whose description is the sentence the JSON answer carries
        String sentence = org.imroc.tracker.support.Api.asAdmin()
                .get("/api/v1/measures/" + measure + "/spc")
                .then()
                .statusCode(200)
                .extract()
                .path("interpretation");
        assertThat(sentence).startsWith("Restraint on the wards shows").contains("The target of 5");
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).endsWith(sentence);
    }

    @Test
    void aShortSeriesSaysItsLimitsAreTrialAndARebaseBreaksTheLines() {
        String trust = TestData.createTrust(TestData.uniqueName("Chart trial"));
        String shortSeries = measure(trust, "DECREASE", null);
        Measures.record(shortSeries, Measures.months("2024-01", "1", "3", "2", "4", "5"));
        Document trial =
                Svg.parse(svg("/api/v1/measures/" + shortSeries + "/spc").asString());
        assertThat(texts(trial)).anyMatch(t -> t.startsWith("Trial limits"));

        String rebased = measure(trust, "INCREASE", null);
        List<Map<String, Object>> items = new ArrayList<>(Measures.months("2022-01", XmrChartTest.TWO_PHASES));
        items.set(13, Map.of("period", "2023-02", "value", 56, "rebase", true));
        Measures.record(rebased, items);
        String body = svg("/api/v1/measures/" + rebased + "/spc").asString();
        Document doc = Svg.parse(body);
        Svg.render(body, "spc-rebase");
        assertThat(texts(doc)).contains("rebase", "Mean 60");
        // one mean line per group: 50 for group 1, 60 for group 2, drawn solid in ink
        assertThat(Svg.withAttribute(doc, "line", "stroke", "#231F20").stream()
                        .filter(l -> l.getAttribute("stroke-width").equals("1.5"))
                        .count())
                .isEqualTo(2);
    }

    @Test
    void sizeAndWindowAreOptionsWithinBounds() {
        String trust = TestData.createTrust(TestData.uniqueName("Chart options"));
        String measure = measure(trust, "INCREASE", null);
        Measures.record(measure, Measures.months("2023-01", XmrChartTest.OUTLIER_PAIR));
        String path = "/api/v1/measures/" + measure + "/spc";
        Document wide = Svg.parse(asAdmin()
                .accept(SVG)
                .queryParam("width", 1200)
                .queryParam("height", 500)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(wide.getDocumentElement().getAttribute("width")).isEqualTo("1200");
        assertThat(wide.getDocumentElement().getAttribute("height")).isEqualTo("500");
        Document window = Svg.parse(asAdmin()
                .accept(SVG)
                .queryParam("from", "2023-05")
                .queryParam("to", "2023-10")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(dots(window, MdcIcons.COMMON).size()
                        + dots(window, MdcIcons.CONCERN).size()
                        + dots(window, MdcIcons.IMPROVEMENT).size())
                .isEqualTo(6);
        assertThat(texts(window))
                .anyMatch(t -> t.startsWith("Showing 6 of 16 points"))
                .contains("UPL 18.74"); // the limits of the whole series
        asAdmin().accept(SVG).queryParam("width", 100).get(path).then().statusCode(400);
        asAdmin().accept(SVG).queryParam("height", 99999).get(path).then().statusCode(400);
        asAdmin()
                .accept(SVG)
                .queryParam("from", "2023-W01")
                .get(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        asAdmin()
                .accept(SVG)
                .queryParam("from", "2023-09")
                .queryParam("to", "2023-02")
                .get(path)
                .then()
                .statusCode(400);
    }

    @Test
    void periodLabelsStayReadableFromTenToTwoHundredPoints() {
        String trust = TestData.createTrust(TestData.uniqueName("Chart labels"));
        for (int count : new int[] {10, 200}) {
            String measure = measure(trust, "INCREASE", null);
            String[] values = new String[count];
            for (int i = 0; i < count; i++) {
                values[i] = String.valueOf(10 + (i * 7) % 9);
            }
            Measures.record(measure, Measures.months("2005-01", values));
            String body = svg("/api/v1/measures/" + measure + "/spc").asString();
            Document doc = Svg.parse(body);
            Svg.render(body, "spc-" + count + "-points");
            List<Double> labelX = new ArrayList<>();
            var nodes = doc.getElementsByTagNameNS("*", "text");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element text = (Element) nodes.item(i);
                if (text.getTextContent().matches("\\d{4}-\\d{2}")
                        && "middle".equals(text.getAttribute("text-anchor"))) {
                    labelX.add(num(text, "x"));
                }
            }
            assertThat(labelX).as(count + " points").hasSizeBetween(5, 14);
            for (int i = 1; i < labelX.size(); i++) {
                assertThat(labelX.get(i) - labelX.get(i - 1))
                        .as("room between period labels")
                        .isGreaterThan(50);
            }
        }
    }

    @Test
    void aRunChartMarksShiftsAndTrends() {
        String trust = TestData.createTrust(TestData.uniqueName("Chart run"));
        String measure = measure(trust, "INCREASE", null);
        // RunChartTest.twoLongRunsAreTooFewRunsAndTwoShifts: every point is part of a shift
        Measures.record(
                measure,
                Measures.months(
                        "2024-01", "3", "1", "4", "2", "5", "7", "6", "8", "12", "10", "13", "9", "11", "15", "14",
                        "16"));
        String body = svg("/api/v1/measures/" + measure + "/run-chart").asString();
        Document doc = Svg.parse(body);
        BufferedImage png = Svg.render(body, "run-chart-two-shifts");
        List<Element> signals = dots(doc, MdcIcons.NEUTRAL);
        assertThat(signals).hasSize(16);
        assertThat(Svg.colourAt(png, Svg.centre(signals.get(0))[0], Svg.centre(signals.get(0))[1]))
                .isEqualTo("#490092");
        assertThat(texts(doc)).contains("Median 8.5").anyMatch(t -> t.startsWith("Runs: 2 (5 to 13 expected"));
    }

    @Test
    void anUnlistedSizeIsDrawnAtTheListedSizeBelowItAndSharesItsEtag() {
        String trust = TestData.createTrust(TestData.uniqueName("Chart sizes"));
        String measure = measure(trust, "INCREASE", null);
        Measures.record(measure, Measures.months("2024-01", "3", "1", "4"));
        String path = "/api/v1/measures/" + measure + "/spc";
        Response listed = asAdmin()
                .accept(SVG)
                .queryParam("width", 800)
                .queryParam("height", 420)
                .get(path);
        Response unlisted = asAdmin()
                .accept(SVG)
                .queryParam("width", 801)
                .queryParam("height", 459)
                .get(path);
        unlisted.then().statusCode(200);
        Document doc = Svg.parse(unlisted.asString());
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("800");
        assertThat(doc.getDocumentElement().getAttribute("height")).isEqualTo("420");
        assertThat(unlisted.header("ETag")).isEqualTo(listed.header("ETag"));
        Document largest = Svg.parse(
                asAdmin().accept(SVG).queryParam("width", 2399).get(path).asString());
        assertThat(largest.getDocumentElement().getAttribute("width")).isEqualTo("1600");
        asAdmin().accept(SVG).queryParam("width", 2401).get(path).then().statusCode(400);
    }

    @Test
    void aMeasureAtTheLimitsIsDrawnWhole() {
        Map<String, Object> body = Measures.body("INCREASE");
        body.put("frequency", "WEEKLY");
        String measure = Measures.create(TestData.createTrust(TestData.uniqueName("Chart limits")), body);
        java.time.LocalDate monday = java.time.LocalDate.of(2000, 1, 3);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1044; i++) { // 20 years of weeks, a rebase every 52 (20 in all), every point annotated
            java.time.LocalDate day = monday.plusWeeks(i);
            items.add(Map.of(
                    "period",
                    String.format(
                            "%04d-W%02d",
                            day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                            day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    "value",
                    40 + (i * 7) % 11,
                    "annotation",
                    "Week " + i,
                    "rebase",
                    i > 0 && i % 52 == 0));
        }
        for (int from = 0; from < items.size(); from += 500) {
            Measures.record(measure, items.subList(from, Math.min(items.size(), from + 500)));
        }
        String svg = svg("/api/v1/measures/" + measure + "/spc").asString();
        Document doc = Svg.parse(svg);
        assertThat(dots(doc, MdcIcons.COMMON).size()
                        + dots(doc, MdcIcons.CONCERN).size()
                        + dots(doc, MdcIcons.IMPROVEMENT).size())
                .isEqualTo(1044);
        assertThat(texts(doc).stream().filter("rebase"::equals).count()).isEqualTo(20);
        // one solid mean line per rebase group
        assertThat(Svg.withAttribute(doc, "line", "stroke", "#231F20").stream()
                        .filter(l -> l.getAttribute("stroke-width").equals("1.5"))
                        .count())
                .isEqualTo(21);
        assertThat(texts(doc)).anyMatch(t -> t.startsWith("… and ") && t.contains("more annotations"));
    }

    @Test
    void chartsHaveTheirOwnEtagAndAnswer304() {
        String trust = TestData.createTrust(TestData.uniqueName("Chart etag"));
        String measure = measure(trust, "INCREASE", null);
        Measures.record(measure, Measures.months("2024-01", "3", "1", "4"));
        String path = "/api/v1/measures/" + measure + "/spc";
        String svgTag = svg(path).header("ETag");
        String jsonTag = asAdmin().get(path).then().statusCode(200).extract().header("ETag");
        assertThat(svgTag).isNotEqualTo(jsonTag);
        asAdmin().accept(SVG).header("If-None-Match", svgTag).get(path).then().statusCode(304);
        assertThat(asAdmin().accept(SVG).queryParam("width", 960).get(path).header("ETag"))
                .isNotEqualTo(svgTag);
        Measures.record(measure, Measures.months("2024-04", "6"));
        asAdmin().accept(SVG).header("If-None-Match", svgTag).get(path).then().statusCode(200);
        asAdmin()
                .accept("application/json;q=0.5, image/svg+xml")
                .get(path)
                .then()
                .contentType(containsString(SVG));
        asAdmin().accept("image/png").get(path).then().statusCode(406);
    }

    @Test
    void textFromUsersIsTextInEveryPicture() {
        String trust = TestData.createTrust(TestData.uniqueName("Chart escaping"));
        String hostile = "<script>alert(1)</script>\"/><svg onload=alert(2)>";
        Map<String, Object> body = Measures.body("INCREASE");
        body.put("name", hostile);
        body.put("unit", "\"/><svg onload=alert(3)>");
        String measure = Measures.create(trust, body);
        Measures.record(
                measure,
                List.of(
                        Map.of("period", "2024-01", "value", 1, "annotation", hostile),
                        Map.of("period", "2024-02", "value", 2)));
        for (String path : List.of(
                "/api/v1/measures/" + measure + "/spc",
                "/api/v1/measures/" + measure + "/run-chart",
                "/api/v1/trusts/" + trust + "/measures/summary")) {
            String svg = svg(path).asString();
            Document doc = Svg.parse(svg);
            assertThat(doc.getElementsByTagNameNS("*", "script").getLength())
                    .as(path)
                    .isZero();
            assertThat(doc.getElementsByTagNameNS("*", "svg").getLength())
                    .as(path + ": one svg element")
                    .isEqualTo(1);
            assertThat(Svg.eventHandlers(doc)).as(path).isEmpty();
            assertThat(String.join("\n", texts(doc))).as(path).contains("<script>alert(1)</script>");
        }
        String report = asAdmin()
                .accept("text/html")
                .get("/api/v1/trusts/" + trust + "/report")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(report)
                .doesNotContain("<script")
                .doesNotContain("<svg onload")
                .contains("&lt;script&gt;");
    }

    @Test
    void aGoalsCyclesAreNumberedMarkersOnItsChart() {
        String trust = TestData.createTrust(TestData.uniqueName("Chart cycles"));
        String goal = Pdsa.goal(trust);
        Pdsa.reviewedCycle(goal, "ADOPT"); // Do started 2026-12-01, reviewed 2026-12-20
        Map<String, Object> body = Measures.body("INCREASE");
        body.remove("challengeNumber");
        body.put("goalId", goal);
        String measure = Measures.create(trust, body);
        Measures.record(measure, Measures.months("2026-09", "3", "4", "3", "6"));
        Document doc = Svg.parse(svg("/api/v1/measures/" + measure + "/spc").asString());
        assertThat(texts(doc))
                .contains("1")
                .anyMatch(t -> t.equals("2026-12  PDSA 1 started: Welcome group on Ward 3; PDSA 1 reviewed: ADOPT"));
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
