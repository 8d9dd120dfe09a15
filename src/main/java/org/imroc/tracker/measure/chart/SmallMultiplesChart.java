package org.imroc.tracker.measure.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.common.svg.Scale;
import org.imroc.tracker.common.svg.SvgDocument;
import org.imroc.tracker.common.svg.SvgElement;
import org.imroc.tracker.measure.spc.XmrPoint;
import org.imroc.tracker.measure.spc.XmrResult;

/**
 * Small multiples of one shared measure: a small XmR chart per member of a learning set, all on one value scale and
 * one period axis, so the eye compares levels and signals across Trusts (Tufte's small multiples; Making Data
 * Count's colours: blue improvement, orange concern, grey common cause). Labels are given by the caller, who decides
 * whether a Trust is named or pseudonymised.
 */
public final class SmallMultiplesChart {

    /**
     * A member's panel: its label, whether it has a measure of the template, and the analysis of its series (null
     * when it has no measure).
     */
    public record Member(String label, boolean hasMeasure, XmrResult analysis) {}

    private static final int COLUMNS = 3;
    private static final double PANEL_W = 320;
    private static final double PANEL_H = 190;
    private static final double TOP = 64;
    private static final double GAP = 16;
    private static final String INK = "#231F20";
    private static final String MUTED = "#6D6E71";
    private static final String GRID = "#E6E6E6";
    private static final String LIMIT = "#6D6E71";

    private SmallMultiplesChart() {}

    public static SvgDocument draw(String title, String unit, List<Member> members) {
        return draw(title, unit, members, "member");
    }

    /** As {@link #draw(String, String, List)}, each panel being one {@code each} ("member", "unit"). */
    public static SvgDocument draw(String title, String unit, List<Member> members, String each) {
        int columns = Math.max(1, Math.min(COLUMNS, members.size()));
        int rows = Math.max(1, (members.size() + columns - 1) / columns);
        int width = (int) (GAP + columns * (PANEL_W + GAP));
        int height = (int) (TOP + rows * (PANEL_H + GAP) + 28);
        SvgDocument svg = new SvgDocument(
                width,
                height,
                title,
                "One XmR chart per " + each + " on a shared scale ("
                        + unit
                        + "): mean solid, process limits dashed; blue triangles pointing the way the value moved are"
                        + " special cause improvement, orange diamonds concern, purple triangles neutral high or low,"
                        + " grey circles common cause, hollow points left out of the limits");
        svg.add(SvgElement.text(GAP, 26, SvgElement.fit(title, width - 2 * GAP, 15), 15, "start", INK, true, 0));
        svg.add(SvgElement.text(
                GAP,
                44,
                SvgElement.fit(
                        "Each " + each + "'s XmR chart on one scale (" + unit + "); mean solid, limits dashed",
                        width - 2 * GAP,
                        11),
                11,
                "start",
                MUTED,
                false,
                0));
        Set<PointMarks.Key> keys = new HashSet<>();
        for (Member m : members) {
            if (m.analysis() != null) {
                m.analysis()
                        .points()
                        .forEach(p -> keys.add(p.leftOut() ? PointMarks.LEFT_OUT : PointMarks.key(p.pointType())));
            }
        }
        svg.addAll(PointMarks.legend(keys, GAP, 58, MUTED));
        TreeSet<String> periods = new TreeSet<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Member m : members) {
            if (m.analysis() == null) {
                continue;
            }
            for (XmrPoint p : m.analysis().points()) {
                periods.add(p.period());
                low = Math.min(low, p.value().doubleValue());
                high = Math.max(high, p.value().doubleValue());
            }
            if (m.analysis().upl() != null) {
                high = Math.max(high, m.analysis().upl());
                low = Math.min(low, m.analysis().lpl());
            }
        }
        if (periods.isEmpty()) {
            low = 0;
            high = 1;
        }
        Map<String, Integer> axis = new HashMap<>();
        for (String period : periods) {
            axis.put(period, axis.size());
        }
        for (int i = 0; i < members.size(); i++) {
            double x = GAP + (i % columns) * (PANEL_W + GAP);
            double y = TOP + (i / columns) * (PANEL_H + GAP);
            panel(svg, members.get(i), x, y, axis, Scale.of(low, high, y + PANEL_H - 26, y + 40, 4));
        }
        if (members.isEmpty()) {
            svg.add(SvgElement.text(GAP, TOP + 20, "No " + each + "s yet.", 12, "start", MUTED, false, 0));
        }
        if (!periods.isEmpty()) {
            svg.add(SvgElement.text(
                    GAP,
                    height - 10,
                    "Periods " + periods.first() + " to " + periods.last() + " on every panel",
                    10,
                    "start",
                    MUTED,
                    false,
                    0));
        }
        return svg;
    }

    /** {@code axis} gives each period its position on the shared axis (looked up once per point). */
    private static void panel(
            SvgDocument svg, Member member, double x, double y, Map<String, Integer> axis, Scale scale) {
        svg.add(SvgElement.rect(x, y, PANEL_W, PANEL_H, "#FFFFFF", GRID));
        svg.add(SvgElement.text(
                x + 10, y + 18, SvgElement.fit(member.label(), PANEL_W - 20, 12), 12, "start", INK, true, 0));
        XmrResult a = member.analysis();
        if (a == null || a.points().isEmpty()) {
            svg.add(SvgElement.text(
                    x + 10,
                    y + 36,
                    !member.hasMeasure() ? "No measure of this template" : "No figures yet",
                    10,
                    "start",
                    MUTED,
                    false,
                    0));
            return;
        }
        XmrPoint last = a.points().get(a.points().size() - 1);
        svg.add(SvgElement.text(
                x + 10,
                y + 33,
                "Latest " + last.period() + ": " + Decimals.plainText(last.value()),
                10,
                "start",
                MUTED,
                false,
                0));
        if (a.variationIcon() != null) {
            svg.addAll(MdcIcons.variation(a.variationIcon(), x + PANEL_W - 22, y + 22));
        }
        double left = x + 36;
        double right = x + PANEL_W - 10;
        for (double tick : scale.ticks()) {
            double ty = scale.at(tick);
            svg.add(SvgElement.line(left, ty, right, ty, GRID, 1, null));
            svg.add(SvgElement.text(left - 4, ty + 3, scale.label(tick), 8, "end", MUTED, false, 0));
        }
        double step = axis.size() > 1 ? (right - left) / (axis.size() - 1) : 0;
        if (a.mean() != null) {
            svg.add(SvgElement.line(left, scale.at(a.mean()), right, scale.at(a.mean()), LIMIT, 1, null));
        }
        if (a.upl() != null) {
            svg.add(SvgElement.line(left, scale.at(a.upl()), right, scale.at(a.upl()), LIMIT, 1, "4 3"));
            svg.add(SvgElement.line(left, scale.at(a.lpl()), right, scale.at(a.lpl()), LIMIT, 1, "4 3"));
        }
        List<double[]> path = new ArrayList<>();
        for (XmrPoint p : a.points()) {
            path.add(new double[] {
                left + axis.get(p.period()) * step, scale.at(p.value().doubleValue())
            });
        }
        svg.add(SvgElement.polyline(path, "#7F7F7F", 1.2));

        for (int i = 0; i < path.size(); i++) {
            XmrPoint p = a.points().get(i);
            svg.add(PointMarks.mark(
                    PointMarks.shape(p.pointType(), p.relativeToMean()),
                    path.get(i)[0],
                    path.get(i)[1],
                    2.8,
                    MdcIcons.colour(p.pointType()),
                    p.leftOut(),
                    p.period() + ": " + Decimals.plainText(p.value())));
        }
    }
}
