package org.imroc.tracker.measure.chart;

import java.util.List;
import java.util.Locale;
import org.imroc.tracker.common.svg.SvgDocument;
import org.imroc.tracker.common.svg.SvgElement;

/**
 * Rate ratios against a reference group drawn as a forest plot: one row per group, the ratio a point, its 95 %
 * interval a horizontal bar, on a log scale (a ratio of 2 lies as far from 1 as a ratio of ½) with a vertical line at
 * 1, "no difference". Groups with no ratio are listed with their reason; a suppressed figure (a small count behind
 * it) draws no mark at all, and a note says why. Takes plain values, so the drawing knows nothing of entities or of
 * who is looking; the caller decides what is shown.
 */
public final class DisparityChart {

    /**
     * One group's row: its label, and either a ratio with its interval and side ({@code WHOLLY_ABOVE_ONE} …), or
     * {@code noRatio} saying why there is none, or {@code suppressed}.
     */
    public record Group(
            String label, Double ratio, Double lower, Double upper, String side, String noRatio, boolean suppressed) {

        boolean drawn() {
            return !suppressed && ratio != null && lower != null && upper != null;
        }
    }

    private static final double WIDTH = 720;
    private static final double LEFT = 200;
    private static final double RIGHT = WIDTH - 30;
    private static final double TOP = 78;
    private static final double ROW = 26;
    private static final String INK = "#231F20";
    private static final String MUTED = "#4D4D4D";
    private static final String GRID = "#E6E6E6";
    private static final double[] TICKS = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500};
    private static final double FLOOR = 0.01;
    private static final double CEILING = 500;

    private DisparityChart() {}

    /**
     * The drawing. {@code subtitle} says what is compared over which window; {@code suppressionNote} (null when
     * nothing is suppressed) is printed under the plot.
     */
    public static SvgDocument draw(
            String title, String subtitle, String referenceLabel, List<Group> groups, String suppressionNote) {
        double plotBottom = TOP + Math.max(1, groups.size()) * ROW;
        int height = (int) (plotBottom + 80 + (suppressionNote == null ? 0 : 16));
        SvgDocument svg = new SvgDocument(
                (int) WIDTH,
                height,
                title,
                "Rate ratios against the reference group (" + referenceLabel + ") with 95 % intervals, on a log "
                        + "scale; the vertical line is a ratio of 1 (no difference). Orange diamond: interval wholly above 1; "
                        + "blue triangle: wholly below 1; grey circle: includes 1. Groups without a ratio say why.");
        svg.add(SvgElement.text(16, 26, SvgElement.fit(title, WIDTH - 32, 15), 15, "start", INK, true, 0));
        svg.add(SvgElement.text(16, 44, SvgElement.fit(subtitle, WIDTH - 32, 11), 11, "start", MUTED, false, 0));
        svg.add(SvgElement.text(16, 60, "Reference: " + referenceLabel, 11, "start", INK, true, 0));
        double[] range = range(groups);
        double low = range[0];
        double high = range[1];
        for (double tick : TICKS) {
            if (tick >= low && tick <= high) {
                double x = at(tick, low, high);
                svg.add(SvgElement.line(x, TOP - 6, x, plotBottom, GRID, 1, null));
                svg.add(SvgElement.text(x, plotBottom + 14, label(tick), 9, "middle", MUTED, false, 0));
            }
        }
        double one = at(1, low, high);
        svg.add(SvgElement.line(one, TOP - 10, one, plotBottom + 2, INK, 1.5, null));
        svg.add(SvgElement.text(
                (LEFT + RIGHT) / 2, plotBottom + 32, "Rate ratio (log scale)", 10, "middle", MUTED, false, 0));
        for (int i = 0; i < groups.size(); i++) {
            row(svg, groups.get(i), TOP + i * ROW + ROW / 2, low, high);
        }
        if (groups.isEmpty()) {
            svg.add(SvgElement.text(
                    LEFT, TOP + ROW / 2, "No figures by group in this window", 11, "start", MUTED, false, 0));
        }
        svg.addAll(PointMarks.legend(
                java.util.Set.of(
                        new PointMarks.Key(PointMarks.Shape.DIAMOND, MdcIcons.CONCERN, false, "wholly above 1"),
                        new PointMarks.Key(PointMarks.Shape.DOWN, MdcIcons.IMPROVEMENT, false, "wholly below 1"),
                        new PointMarks.Key(PointMarks.Shape.CIRCLE, MdcIcons.COMMON, false, "includes 1")),
                16,
                plotBottom + 50,
                MUTED));
        if (suppressionNote != null) {
            svg.add(SvgElement.text(16, plotBottom + 68, suppressionNote, 10, "start", MUTED, false, 0));
        }
        return svg;
    }

    private static void row(SvgDocument svg, Group g, double y, double low, double high) {
        svg.add(SvgElement.text(LEFT - 10, y + 4, SvgElement.fit(g.label(), LEFT - 26, 11), 11, "end", INK, false, 0));
        if (g.drawn()) {
            String fill = colour(g.side());
            String colour = PointMarks.outline(fill);
            double from = at(clamp(g.lower()), low, high);
            double to = at(clamp(g.upper()), low, high);
            double x = at(clamp(g.ratio()), low, high);
            svg.add(SvgElement.line(from, y, to, y, colour, 2, null));
            svg.add(SvgElement.line(from, y - 4, from, y + 4, colour, 1.5, null));
            svg.add(SvgElement.line(to, y - 4, to, y + 4, colour, 1.5, null));
            svg.add(PointMarks.mark(
                    shape(g.side()),
                    x,
                    y,
                    4.5,
                    fill,
                    false,
                    g.label() + ": rate ratio " + number(g.ratio()) + " (95 % interval " + number(g.lower()) + " to "
                            + number(g.upper()) + ")"));
            return;
        }
        String why = g.suppressed() ? "not shown: a figure behind it is small" : "no ratio: " + g.noRatio();
        svg.add(SvgElement.text(
                LEFT + 6, y + 4, SvgElement.fit(why, RIGHT - LEFT - 6, 10), 10, "start", MUTED, false, 0));
    }

    /** The scale's ends: the ticks around every interval drawn and 1, within 0.01 to 500. */
    private static double[] range(List<Group> groups) {
        double low = 0.5;
        double high = 2;
        for (Group g : groups) {
            if (g.drawn()) {
                low = Math.min(low, clamp(g.lower()));
                high = Math.max(high, clamp(g.upper()));
            }
        }
        double lowTick = FLOOR;
        double highTick = CEILING;
        for (double tick : TICKS) {
            if (tick <= low) {
                lowTick = tick;
            }
        }
        for (int i = TICKS.length - 1; i >= 0; i--) {
            if (TICKS[i] >= high) {
                highTick = TICKS[i];
            }
        }
        return new double[] {lowTick, highTick};
    }

    private static double clamp(double v) {
        return Math.max(FLOOR, Math.min(CEILING, v));
    }

    private static double at(double v, double low, double high) {
        return LEFT + (Math.log(v) - Math.log(low)) / (Math.log(high) - Math.log(low)) * (RIGHT - LEFT);
    }

    /** Wholly above one a diamond (as a concern), wholly below a down triangle, else a circle. */
    private static PointMarks.Shape shape(String side) {
        if ("WHOLLY_ABOVE_ONE".equals(side)) {
            return PointMarks.Shape.DIAMOND;
        }
        if ("WHOLLY_BELOW_ONE".equals(side)) {
            return PointMarks.Shape.DOWN;
        }
        return PointMarks.Shape.CIRCLE;
    }

    private static String colour(String side) {
        if ("WHOLLY_ABOVE_ONE".equals(side)) {
            return MdcIcons.CONCERN;
        }
        if ("WHOLLY_BELOW_ONE".equals(side)) {
            return MdcIcons.IMPROVEMENT;
        }
        return MdcIcons.COMMON;
    }

    private static String label(double tick) {
        return tick >= 1 ? String.format(Locale.ROOT, "%.0f", tick) : String.format(Locale.ROOT, "%s", tick);
    }

    /** A ratio as people read it: three significant figures. */
    static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).toPlainString();
    }
}
