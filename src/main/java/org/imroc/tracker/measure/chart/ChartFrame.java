package org.imroc.tracker.measure.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.common.svg.Scale;
import org.imroc.tracker.common.svg.SvgDocument;
import org.imroc.tracker.common.svg.SvgElement;
import org.imroc.tracker.measure.chart.MeasureChart.Subject;
import org.imroc.tracker.measure.chart.MeasureChart.Window;

/**
 * The drawing a measure's XmR, attribute and run charts share ({@link MeasureChart} decides what goes in it): points
 * as {@link Dot}s, lines as {@link Level}s, and the captions.
 */
final class ChartFrame {

    static final String INK = "#231F20";
    private static final String GRID = "#E6E6E6";
    static final String LIMIT = "#6D6E71";
    private static final String TARGET = "#D62728";
    private static final String LINE = "#7F7F7F";
    private static final String MUTED = "#4D4D4D";
    private static final double LEFT = 68;
    private static final double RIGHT = 92;
    private static final double TOP = 70;
    private static final double LEGEND_LINE = 14;

    /**
     * A point as drawn: its period, value, MDC colour, shape, annotation and description; {@code hollow} for a point
     * left out of the limits (white inside, its outline in its colour).
     */
    record Dot(
            String period,
            double value,
            String colour,
            PointMarks.Shape shape,
            String annotation,
            String what,
            boolean hollow) {}

    /**
     * A line over a span of points (a group's mean or limit, or the median): level at {@code value}, or, when
     * {@code steps} is given, stepped: one horizontal segment per point at its own value (an attribute chart's
     * limits), broken where a point has none. {@code value} is then the last step's, the one labelled.
     */
    record Level(int first, int last, double value, Double[] steps, String stroke, String dash, String label) {

        Level(int first, int last, double value, String stroke, String dash, String label) {
            this(first, last, value, null, stroke, dash, label);
        }

        static Level stepped(int first, Double[] steps, String stroke, String dash, String label) {
            double last = 0;
            for (Double v : steps) {
                last = v == null ? last : v;
            }
            return new Level(first, first + steps.length - 1, last, steps, stroke, dash, label);
        }
    }

    private ChartFrame() {}

    /**
     * The frame every measure chart shares: title, subtitle and shape legend, axes, the levels (flat or stepped), rebase
     * breaks, target, points with their annotation markers and legend, and the captions.
     */
    static SvgDocument draw(
            Subject measure,
            Window options,
            String title,
            String subtitle,
            String description,
            List<Dot> dots,
            Set<PointMarks.Key> keys,
            List<Level> levels,
            List<Integer> rebases,
            BigDecimal target,
            List<String> captions) {
        int width = options.width();
        int height = options.height();
        List<String> notes = new ArrayList<>();
        List<Integer> noteOf = new ArrayList<>();
        for (Dot dot : dots) {
            noteOf.add(dot.annotation() == null ? 0 : notes.size() + 1);
            if (dot.annotation() != null) {
                notes.add(dot.period() + "  " + dot.annotation());
            }
        }
        double footer = 16 * captions.size() + 8;
        int legendLines = (int) Math.min(notes.size(), Math.max(0, (height - TOP - 140 - footer) / LEGEND_LINE));
        boolean legendCut = legendLines < notes.size();
        double legendHeight = (legendLines + (legendCut ? 1 : 0)) * LEGEND_LINE;
        double bottom = height - footer - legendHeight - 38;
        double left = LEFT;
        double right = width - RIGHT;
        SvgDocument svg = new SvgDocument(width, height, title, description);
        svg.add(SvgElement.text(16, 24, SvgElement.fit(measure.name(), width - 140, 15), 15, "start", INK, true, 0));
        svg.add(SvgElement.text(16, 44, SvgElement.fit(subtitle, width - 140, 11), 11, "start", MUTED, false, 0));
        svg.addAll(PointMarks.legend(keys, 16, 60, MUTED));

        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (Dot dot : dots) {
            low = Math.min(low, dot.value());
            high = Math.max(high, dot.value());
        }
        for (Level level : levels) {
            for (Double v : level.steps() == null ? new Double[] {level.value()} : level.steps()) {
                if (v != null) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (target != null) {
            low = Math.min(low, target.doubleValue());
            high = Math.max(high, target.doubleValue());
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        Scale y = Scale.of(low, high, bottom, TOP, 5);
        for (double tick : y.ticks()) {
            svg.add(SvgElement.line(left, y.at(tick), right, y.at(tick), GRID, 1, null));
            svg.add(SvgElement.text(left - 8, y.at(tick) + 4, y.label(tick), 10, "end", MUTED, false, 0));
        }
        svg.add(SvgElement.line(left, bottom, right, bottom, LIMIT, 1, null));
        double middle = (TOP + bottom) / 2;
        svg.add(SvgElement.text(
                18, middle, SvgElement.fit(measure.unit(), bottom - TOP, 11), 11, "middle", MUTED, false, -90));

        double step = dots.size() > 1 ? (right - left - 20) / (dots.size() - 1) : 0;
        double start = dots.size() > 1 ? left + 10 : (left + right) / 2;
        int labelEvery = Math.max(1, (int) Math.ceil(dots.size() / Math.max(1.0, Math.floor((right - left) / 58))));
        for (int i = 0; i < dots.size(); i++) {
            if (i % labelEvery == 0) {
                double x = start + i * step;
                svg.add(SvgElement.line(x, bottom, x, bottom + 4, LIMIT, 1, null));
                svg.add(SvgElement.text(x, bottom + 17, dots.get(i).period(), 10, "middle", MUTED, false, 0));
            }
        }
        for (int at : rebases) {
            double x = start + (at - 0.5) * step;
            svg.add(SvgElement.line(x, TOP, x, bottom, LINE, 1, "2 3"));
            svg.add(SvgElement.text(x + 3, TOP + 10, "rebase", 9, "start", MUTED, false, 0));
        }
        List<double[]> labels = new ArrayList<>();
        for (Level level : levels) {
            double at = y.at(level.value());
            if (level.steps() == null) {
                double x1 = start + level.first() * step - Math.min(step / 2, 8);
                double x2 = start + level.last() * step + Math.min(step / 2, 8);
                svg.add(SvgElement.line(
                        x1, at, x2, at, level.stroke(), level.dash() == null ? 1.5 : 1.2, level.dash()));
            } else {
                svg.addAll(stepped(level, start, step, y));
            }
            if (level.label() != null) {
                labels.add(new double[] {at, labels.size()});
            }
        }
        List<String> labelTexts = levels.stream()
                .filter(l -> l.label() != null)
                .map(l -> l.label() + " " + MeasureChart.number(l.value()))
                .toList();
        if (target != null) {
            double at = y.at(target.doubleValue());
            svg.add(SvgElement.line(left, at, right, at, TARGET, 1.5, "8 4"));
            labels.add(new double[] {at, labels.size()});
            labelTexts = new ArrayList<>(labelTexts);
            labelTexts.add("Target " + Decimals.plainText(target));
        }
        labels.sort(Comparator.comparingDouble(l -> l[0]));
        double previous = -1e9;
        for (double[] label : labels) {
            double at = Math.max(label[0], previous + 12);
            previous = at;
            String text = labelTexts.get((int) label[1]);
            svg.add(SvgElement.text(
                    right + 6, at + 4, text, 10, "start", text.startsWith("Target") ? TARGET : INK, false, 0));
        }

        List<double[]> path = new ArrayList<>();
        for (int i = 0; i < dots.size(); i++) {
            path.add(new double[] {start + i * step, y.at(dots.get(i).value())});
        }
        if (path.size() > 1) {
            svg.add(SvgElement.polyline(path, LINE, 1.5));
        }
        double radius = dots.size() > 100 ? 3 : 4.5;
        for (int i = 0; i < dots.size(); i++) {
            Dot dot = dots.get(i);
            svg.add(PointMarks.mark(
                    dot.shape(), path.get(i)[0], path.get(i)[1], radius, dot.colour(), dot.hollow(), dot.what()));
            int note = noteOf.get(i);
            if (note > 0 && note <= legendLines) {
                double cy = path.get(i)[1] - radius - 9;
                svg.add(SvgElement.circle(path.get(i)[0], cy, 7, "#FFFFFF", INK, 1, null));
                svg.add(SvgElement.text(path.get(i)[0], cy + 3.5, Integer.toString(note), 9, "middle", INK, true, 0));
            }
        }

        double legendTop = bottom + 34;
        for (int i = 0; i < legendLines; i++) {
            double ly = legendTop + i * LEGEND_LINE;
            svg.add(SvgElement.circle(24, ly - 3.5, 6, "#FFFFFF", INK, 1, null));
            svg.add(SvgElement.text(24, ly, Integer.toString(i + 1), 8, "middle", INK, true, 0));
            svg.add(SvgElement.text(36, ly, SvgElement.fit(notes.get(i), width - 52, 10), 10, "start", INK, false, 0));
        }
        if (legendCut) {
            svg.add(SvgElement.text(
                    36,
                    legendTop + legendLines * LEGEND_LINE,
                    "… and " + (notes.size() - legendLines) + " more annotations (see the JSON)",
                    10,
                    "start",
                    MUTED,
                    false,
                    0));
        }
        double captionTop = height - footer + 12;
        for (int i = 0; i < captions.size(); i++) {
            svg.add(SvgElement.text(
                    16,
                    captionTop + i * 16,
                    SvgElement.fit(captions.get(i), width - 32, 11),
                    11,
                    "start",
                    MUTED,
                    false,
                    0));
        }
        return svg;
    }

    /**
     * A stepped level: a horizontal segment a point's width long at each point's own value, joined to the next by a
     * vertical, broken where a point has no value.
     */
    private static List<SvgElement> stepped(Level level, double start, double step, Scale y) {
        List<SvgElement> lines = new ArrayList<>();
        double half = step > 0 ? step / 2 : 8;
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i <= level.last() - level.first(); i++) {
            Double v = level.steps()[i];
            if (v == null) {
                if (run.size() > 1) {
                    lines.add(SvgElement.polyline(run, level.stroke(), 1.2, level.dash()));
                }
                run = new ArrayList<>();
                continue;
            }
            double x = start + (level.first() + i) * step;
            // the outer ends reach no further than a flat level's, so the steps stay inside the plot
            double before = i == 0 ? Math.min(half, 8) : half;
            double after = i == level.last() - level.first() ? Math.min(half, 8) : half;
            run.add(new double[] {x - before, y.at(v)});
            run.add(new double[] {x + after, y.at(v)});
        }
        if (run.size() > 1) {
            lines.add(SvgElement.polyline(run, level.stroke(), 1.2, level.dash()));
        }
        return lines;
    }
}
