package org.imroc.tracker.measure.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.measure.spc.AttributeResult;
import org.imroc.tracker.measure.spc.PointType;
import org.imroc.tracker.measure.spc.XmrGroup;
import org.imroc.tracker.measure.spc.XmrResult;

/**
 * A chart's figures as a table, for whoever cannot see the drawing (WCAG 2.2, 1.1.1): one row per point shown, with
 * its value, the centre line and process limits it was judged against, and its type in words. Figures are text as
 * the drawing labels them; "–" where there is none.
 */
public record ChartTable(String caption, List<Row> rows) {

    /** One point: its period, value, centre line, lower and upper process limit, and what it is. */
    public record Row(String period, String value, String centre, String lower, String upper, String type) {}

    private static final String NONE = "–";

    public ChartTable {
        rows = List.copyOf(rows);
    }

    /** The XmR chart's points among those {@code shows} lets through, each against its rebase group's lines. */
    public static ChartTable of(String caption, XmrResult result, Predicate<String> shows) {
        Map<Integer, XmrGroup> groups = new HashMap<>();
        result.groups().forEach(g -> groups.put(g.rebaseGroup(), g));
        return new ChartTable(
                caption,
                result.points().stream()
                        .filter(p -> shows.test(p.period()))
                        .map(p -> {
                            XmrGroup g = groups.get(p.rebaseGroup());
                            return new Row(
                                    p.period(),
                                    Decimals.plainText(p.value()),
                                    g == null ? NONE : MeasureChart.number(g.mean()),
                                    g == null || g.lpl() == null ? NONE : MeasureChart.number(g.lpl()),
                                    g == null || g.upl() == null ? NONE : MeasureChart.number(g.upl()),
                                    type(p.pointType()) + (p.leftOut() ? ", left out of the limits" : ""));
                        })
                        .toList());
    }

    /** An attribute chart's points among those {@code shows} lets through, each with its own limits. */
    public static ChartTable of(String caption, AttributeResult result, Predicate<String> shows) {
        Map<Integer, AttributeResult.Group> groups = new HashMap<>();
        result.groups().forEach(g -> groups.put(g.rebaseGroup(), g));
        return new ChartTable(
                caption,
                result.points().stream()
                        .filter(p -> shows.test(p.period()))
                        .map(p -> {
                            AttributeResult.Group g = groups.get(p.rebaseGroup());
                            return new Row(
                                    p.period(),
                                    p.value() == null ? "no rate" : MeasureChart.number(p.value()),
                                    g == null || g.centre() == null ? NONE : MeasureChart.number(g.centre()),
                                    p.lpl() == null ? NONE : MeasureChart.number(p.lpl()),
                                    p.upl() == null ? NONE : MeasureChart.number(p.upl()),
                                    p.pointType() == null
                                            ? NONE
                                            : type(p.pointType()) + (p.excluded() ? ", excluded" : ""));
                        })
                        .toList());
    }

    /** A point's type in words, as the legend names it. */
    static String type(PointType type) {
        if (type == null) {
            return NONE;
        }
        return switch (type) {
            case COMMON_CAUSE -> "common cause";
            case SPECIAL_CAUSE_IMPROVEMENT -> "special cause: improvement";
            case SPECIAL_CAUSE_CONCERN -> "special cause: concern";
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> "special cause: high";
            case SPECIAL_CAUSE_NEUTRAL_LOW -> "special cause: low";
        };
    }
}
