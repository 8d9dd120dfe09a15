package org.imroc.tracker.measure.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imroc.tracker.common.svg.SvgDocument;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.imroc.tracker.common.templates.Templates;
import org.imroc.tracker.measure.spc.AttributeChart;
import org.imroc.tracker.measure.spc.AttributePoint;
import org.imroc.tracker.measure.spc.AttributeResult;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.imroc.tracker.measure.spc.PointType;
import org.imroc.tracker.measure.spc.RunChart;
import org.imroc.tracker.measure.spc.RunChartSettings;
import org.imroc.tracker.measure.spc.SeriesPoint;
import org.imroc.tracker.measure.spc.SpcChart;
import org.imroc.tracker.measure.spc.SpcSettings;
import org.imroc.tracker.measure.spc.XmrChart;
import org.imroc.tracker.measure.spc.XmrChartTest;
import org.imroc.tracker.measure.spc.XmrResult;
import org.imroc.tracker.support.Svg;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Drawings everyone can read (WCAG 2.2 AA, issue 26), without starting the service: each point outlined at least 3:1
 * against white and shaped by its type, a shape legend, and an image role, title and description on every drawing.
 * PNGs are kept in target/charts/ (accessible-xmr.png, accessible-xmr-decrease.png, accessible-u-chart.png,
 * accessible-run-chart.png).
 */
class AccessibleChartTest {

    private static final SvgRenderer RENDERER = new SvgRenderer(new Templates());
    private static final MeasureChart.Window WINDOW = new MeasureChart.Window(720, 400, null, null, p -> true);

    private static MeasureChart.Subject subject(ImprovementDirection direction, String unit) {
        return new MeasureChart.Subject("Restraint on the wards", unit, "MONTHLY", direction, null);
    }

    private static String month(int i) {
        return String.format("%d-%02d", 2023 + i / 12, i % 12 + 1);
    }

    /** OUTLIER_PAIR (0 a concern, 20 an improvement when higher is better) with a 17th point left out. */
    private static XmrResult outlierPair(ImprovementDirection direction) {
        List<SeriesPoint> points = new ArrayList<>();
        String[] values = XmrChartTest.OUTLIER_PAIR;
        for (int i = 0; i < values.length; i++) {
            points.add(SeriesPoint.of(month(i), new BigDecimal(values[i])));
        }
        points.add(new SeriesPoint(month(values.length), new BigDecimal("10"), null, false, true));
        return XmrChart.analyse(points, direction, null, SpcSettings.DEFAULT);
    }

    private static List<Element> marks(Document doc) {
        return Svg.marks(doc);
    }

    private static Element markOf(Document doc, String periodPrefix) {
        return marks(doc).stream()
                .filter(e -> e.getTextContent().startsWith(periodPrefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no point drawn for " + periodPrefix));
    }

    private static List<double[]> vertices(Element polygon) {
        List<double[]> xy = new ArrayList<>();
        for (String pair : polygon.getAttribute("points").split(" ")) {
            String[] p = pair.split(",");
            xy.add(new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])});
        }
        return xy;
    }

    /** Which way a triangle points: "up" when its lone vertex is above the other two. */
    private static String pointing(Element triangle) {
        List<double[]> xy = vertices(triangle);
        assertThat(xy).hasSize(3);
        return xy.get(0)[1] < xy.get(1)[1] ? "up" : "down";
    }

    private static List<String> texts(Document doc) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static void isAnImageWithTitleAndDescription(Document doc, String descStart) {
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isNotBlank();
        assertThat(doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                .startsWith(descStart);
    }

    /** Every point's outline, and every line with a meaning (dashed limits, means, the target), is 3:1 or more. */
    private static void linesAndOutlinesStandOut(Document doc) {
        for (Element mark : marks(doc)) {
            assertThat(PointMarks.contrastOnWhite(mark.getAttribute("stroke")))
                    .as("outline of " + mark.getTextContent())
                    .isGreaterThanOrEqualTo(3);
        }
        for (String tag : List.of("line", "polyline")) {
            NodeList nodes = doc.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                if (!e.getAttribute("stroke-dasharray").isEmpty() || "1.5".equals(e.getAttribute("stroke-width"))) {
                    assertThat(PointMarks.contrastOnWhite(e.getAttribute("stroke")))
                            .as(tag + " " + e.getAttribute("stroke"))
                            .isGreaterThanOrEqualTo(3);
                }
            }
        }
    }

    @Test
    void theOutlinesStandThreeToOneAgainstWhiteWhereMdcsBlueAndGreyDoNot() {
        assertThat(PointMarks.contrastOnWhite("#FFFFFF")).isEqualTo(1.0);
        assertThat(PointMarks.contrastOnWhite("#000000")).isEqualTo(21.0);
        assertThat(PointMarks.contrastOnWhite(MdcIcons.IMPROVEMENT)).isBetween(2.47, 2.49);
        assertThat(PointMarks.contrastOnWhite(MdcIcons.COMMON)).isBetween(2.42, 2.44);
        for (String fill : List.of(MdcIcons.IMPROVEMENT, MdcIcons.CONCERN, MdcIcons.NEUTRAL, MdcIcons.COMMON)) {
            // 4.5:1, so the icons' letters drawn in the outline colour read as text too
            assertThat(PointMarks.contrastOnWhite(PointMarks.outline(fill)))
                    .as("outline of " + fill)
                    .isGreaterThanOrEqualTo(4.5);
        }
        assertThat(PointMarks.contrastOnWhite("#6D6E71")).as("limits").isGreaterThanOrEqualTo(3);
        assertThat(PointMarks.contrastOnWhite("#D62728")).as("target").isGreaterThanOrEqualTo(3);
        assertThat(PointMarks.contrastOnWhite("#7F7F7F"))
                .as("the line joining points")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void anXmrChartShapesEachPointByTypeOutlinesItAndSaysSoInItsLegend() {
        XmrResult result = outlierPair(ImprovementDirection.INCREASE);
        assertThat(result.points().get(6).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(result.points().get(7).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(result.points().get(16).leftOut()).isTrue();
        SvgDocument drawing = MeasureChart.spc(subject(ImprovementDirection.INCREASE, "incidents"), result, WINDOW);
        String body = RENDERER.render(drawing);
        Document doc = Svg.parse(body);
        Svg.render(body, "accessible-xmr");

        Element concern = markOf(doc, month(6) + ": 0");
        assertThat(concern.getTagName()).isEqualTo("polygon");
        assertThat(vertices(concern)).hasSize(4); // a diamond
        assertThat(concern.getAttribute("fill")).isEqualTo(MdcIcons.CONCERN);
        assertThat(concern.getAttribute("stroke")).isEqualTo(PointMarks.CONCERN_OUTLINE);
        Element improvement = markOf(doc, month(7) + ": 20");
        assertThat(pointing(improvement)).isEqualTo("up");
        assertThat(improvement.getAttribute("fill")).isEqualTo(MdcIcons.IMPROVEMENT);
        assertThat(improvement.getAttribute("stroke")).isEqualTo(PointMarks.IMPROVEMENT_OUTLINE);
        Element common = markOf(doc, month(0) + ": 9");
        assertThat(common.getTagName()).isEqualTo("circle");
        assertThat(common.getAttribute("fill")).isEqualTo(MdcIcons.COMMON);
        assertThat(common.getAttribute("stroke")).isEqualTo(PointMarks.COMMON_OUTLINE);
        Element leftOut = markOf(doc, month(16) + ": 10");
        assertThat(leftOut.getAttribute("fill")).isEqualTo("#FFFFFF");
        assertThat(leftOut.getAttribute("stroke")).isEqualTo(PointMarks.COMMON_OUTLINE);
        assertThat(leftOut.getTextContent()).contains("left out of the limits", "incomplete");
        assertThat(marks(doc)).hasSize(17);
        linesAndOutlinesStandOut(doc);

        assertThat(texts(doc))
                .contains("improvement", "concern", "common cause", "left out of the limits")
                .doesNotContain("neutral high or low")
                .anyMatch(t -> t.startsWith("Hollow points (1)"));
        assertThat(PointMarks.legendText(
                        Set.of(PointMarks.LEFT_OUT, PointMarks.COMMON, PointMarks.CONCERN, PointMarks.IMPROVEMENT)))
                .isEqualTo("▲▼ improvement · ◆ concern · ● common cause · ○ left out of the limits");
        isAnImageWithTitleAndDescription(doc, "XmR chart · incidents");
    }

    @Test
    void anImprovementBelowTheMeanPointsDown() {
        XmrResult result = outlierPair(ImprovementDirection.DECREASE);
        String body =
                RENDERER.render(MeasureChart.spc(subject(ImprovementDirection.DECREASE, "incidents"), result, WINDOW));
        Document doc = Svg.parse(body);
        Svg.render(body, "accessible-xmr-decrease");
        Element improvement = markOf(doc, month(6) + ": 0");
        assertThat(improvement.getAttribute("fill")).isEqualTo(MdcIcons.IMPROVEMENT);
        assertThat(pointing(improvement)).isEqualTo("down");
        assertThat(vertices(markOf(doc, month(7) + ": 20"))).hasSize(4); // now the concern
    }

    private static AttributeResult uChart() {
        List<AttributePoint> points = new ArrayList<>();
        long[] events = {12, 9, 15, 11, 8, 14, 10, 13, 9, 45, 12, 11, 10, 14, 12, 0, 13, 11, 20, 9};
        long[] days = {
            1000, 800, 1500, 1100, 700, 1400, 900, 1300, 1000, 1200, 1100, 1000, 900, 1500, 1200, 0, 1300, 1000, 1100,
            800
        };
        for (int i = 0; i < events.length; i++) {
            points.add(new AttributePoint(
                    month(i), BigDecimal.valueOf(events[i]), BigDecimal.valueOf(days[i]), false, i == 18));
        }
        return AttributeChart.analyse(
                points, SpcChart.U, BigDecimal.valueOf(1000), ImprovementDirection.DECREASE, null, SpcSettings.DEFAULT);
    }

    @Test
    void aUChartDrawsSteppedLimitsAndShapesItsPointsLikeTheXmrChart() {
        AttributeResult result = uChart();
        assertThat(result.points().get(9).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        String sentence = "Restraint on the wards shows special cause concern.";
        SvgDocument drawing = MeasureChart.attribute(
                subject(ImprovementDirection.DECREASE, "per 1,000 bed days"), result, WINDOW, sentence);
        String body = RENDERER.render(drawing);
        Document doc = Svg.parse(body);
        Svg.render(body, "accessible-u-chart");

        assertThat(marks(doc)).hasSize(19); // the period without bed days is not drawn
        assertThat(marks(doc)).noneMatch(m -> m.getTextContent().startsWith(month(15)));
        assertThat(vertices(markOf(doc, month(9) + ": 37.5"))).hasSize(4); // 45 in 1,200 days: a concern
        Element excluded = markOf(doc, month(18) + ":");
        assertThat(excluded.getAttribute("fill")).isEqualTo("#FFFFFF");
        assertThat(excluded.getTextContent()).contains("left out of the limits");
        linesAndOutlinesStandOut(doc);

        List<Element> limits = Svg.withAttribute(doc, "polyline", "stroke-dasharray", "6 4");
        assertThat(limits).hasSize(2); // UPL and LPL of the one group
        Set<String> heights = new HashSet<>();
        for (double[] p : vertices(limits.get(0))) {
            heights.add(Double.toString(p[1]));
        }
        assertThat(heights).as("the limits step with the denominator").hasSizeGreaterThan(3);
        assertThat(texts(doc))
                .anyMatch(t -> t.startsWith("U chart · per 1,000 bed days"))
                .anyMatch(t -> t.startsWith("Centre "))
                .anyMatch(t -> t.startsWith("UPL "))
                .anyMatch(t -> t.startsWith("Hollow points (1): excluded"))
                .anyMatch(t -> t.startsWith("Periods without a rate (no denominator) are not drawn: 1"))
                .noneMatch(t -> t.startsWith("Showing"))
                .contains("concern", "common cause", "left out of the limits");
        isAnImageWithTitleAndDescription(doc, "U chart · per 1,000 bed days");
        assertThat(drawing.description()).endsWith(". " + sentence);
    }

    @Test
    void everyAttributeChartIsNamedInItsSubtitle() {
        assertThat(MeasureChart.chartName(SpcChart.U)).isEqualTo("U chart");
        assertThat(MeasureChart.chartName(SpcChart.P)).isEqualTo("P chart");
        assertThat(MeasureChart.chartName(SpcChart.U_PRIME)).isEqualTo("U′ chart (Laney)");
        assertThat(MeasureChart.chartName(SpcChart.P_PRIME)).isEqualTo("P′ chart (Laney)");
    }

    @Test
    void aRunChartsSignalsAreTrianglesAndItsOtherPointsCircles() {
        List<SeriesPoint> series = new ArrayList<>();
        String[] values = {"5", "6", "5", "6", "5", "6", "9", "9", "9", "9", "9", "9", "9", "9", "5", "6"};
        for (int i = 0; i < values.length; i++) {
            series.add(SeriesPoint.of(month(i), new BigDecimal(values[i])));
        }
        var result = RunChart.analyse(series, RunChartSettings.DEFAULT);
        String body = RENDERER.render(
                MeasureChart.runChart(subject(ImprovementDirection.INCREASE, "incidents"), result, series, WINDOW));
        Document doc = Svg.parse(body);
        Svg.render(body, "accessible-run-chart");
        Element shift = markOf(doc, month(8) + ": 9");
        assertThat(shift.getAttribute("fill")).isEqualTo(MdcIcons.NEUTRAL);
        assertThat(pointing(shift)).isEqualTo("up");
        int plain = 0;
        while (result.points().get(plain).shift() || result.points().get(plain).trend()) {
            plain++;
        }
        assertThat(markOf(doc, month(plain) + ":").getTagName()).isEqualTo("circle");
        assertThat(texts(doc)).contains("part of a shift or trend", "no signal");
        linesAndOutlinesStandOut(doc);
        isAnImageWithTitleAndDescription(doc, "Run chart · incidents");
    }
}
