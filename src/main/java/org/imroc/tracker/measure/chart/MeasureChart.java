package org.imroc.tracker.measure.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.common.svg.Scale;
import org.imroc.tracker.common.svg.SvgDocument;
import org.imroc.tracker.common.svg.SvgElement;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.AttributeResult;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.imroc.tracker.measure.spc.Interpretation;
import org.imroc.tracker.measure.spc.MedianSide;
import org.imroc.tracker.measure.spc.PointType;
import org.imroc.tracker.measure.spc.RunChartPoint;
import org.imroc.tracker.measure.spc.RunChartResult;
import org.imroc.tracker.measure.spc.SeriesPoint;
import org.imroc.tracker.measure.spc.SpcChart;
import org.imroc.tracker.measure.spc.VariationIcon;
import org.imroc.tracker.measure.spc.XmrGroup;
import org.imroc.tracker.measure.spc.XmrPoint;
import org.imroc.tracker.measure.spc.XmrResult;
import org.imroc.tracker.measure.spc.XmrRuleSet;

/**
 * Draws a measure's XmR chart or run chart in Making Data Count's style from the same analysis the JSON gives:
 * points joined by a line and coloured by type, the mean (median) and process limits of each rebase group with a
 * break at each rebase, the target dashed, the icons in the corner, numbered annotation markers with a legend,
 * and a caption for trial limits or too few points. Geometry only; {@code SvgRenderer} writes the markup.
 */
public final class MeasureChart {

    private static final String INK = "#231F20";
    private static final String GRID = "#E6E6E6";
    private static final String LIMIT = "#6D6E71";
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
    private record Dot(
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
    private record Level(int first, int last, double value, Double[] steps, String stroke, String dash, String label) {

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

    /**
     * What is charted: the measure's name, unit, frequency (its name, e.g. MONTHLY), improvement direction and
     * target (null for none).
     */
    public record Subject(
            String name, String unit, String frequency, ImprovementDirection direction, BigDecimal target) {}

    /**
     * How the chart is drawn: its size, the first and last period of the window shown (null for open), and which
     * periods fall in that window.
     */
    public record Window(int width, int height, String from, String to, Predicate<String> shows) {}

    /** What an incomplete point's title adds. */
    static final String INCOMPLETE = " (incomplete: some units did not report)";

    /** What a hollow point's title adds. */
    static final String LEFT_OUT = " (left out of the limits)";

    private static final PointMarks.Key RUN_SIGNAL =
            new PointMarks.Key(PointMarks.Shape.UP, MdcIcons.NEUTRAL, false, "part of a shift or trend");
    private static final PointMarks.Key RUN_PLAIN =
            new PointMarks.Key(PointMarks.Shape.CIRCLE, MdcIcons.COMMON, false, "no signal");

    private MeasureChart() {}

    public static SvgDocument spc(Subject measure, XmrResult result, Window options) {
        List<XmrPoint> shown = result.points().stream()
                .filter(p -> options.shows().test(p.period()))
                .toList();
        List<Dot> dots = shown.stream()
                .map(p -> new Dot(
                        p.period(),
                        p.value().doubleValue(),
                        MdcIcons.colour(p.pointType()),
                        PointMarks.shape(p.pointType(), p.relativeToMean()),
                        p.annotation(),
                        describe(p.period(), p.value(), p.pointType())
                                + (p.incomplete() ? INCOMPLETE : "")
                                + (p.leftOut() ? LEFT_OUT : ""),
                        p.leftOut()))
                .toList();
        Set<PointMarks.Key> keys = new HashSet<>();
        shown.forEach(p -> keys.add(p.leftOut() ? PointMarks.LEFT_OUT : PointMarks.key(p.pointType())));
        List<Level> levels = new ArrayList<>();
        List<Integer> rebases = new ArrayList<>();
        Map<Integer, int[]> spans =
                spans(shown.stream().map(XmrPoint::rebaseGroup).toList());
        for (XmrGroup group : result.groups()) {
            int[] span = spans.get(group.rebaseGroup());
            if (span == null) {
                continue;
            }
            int first = span[0];
            int last = span[1];
            if (group.rebaseGroup() > 1 && first > 0) {
                rebases.add(first);
            }
            boolean latest = group.rebaseGroup()
                    == result.groups().get(result.groups().size() - 1).rebaseGroup();
            levels.add(new Level(first, last, group.mean(), INK, null, latest ? "Mean" : null));
            if (group.upl() != null) {
                levels.add(new Level(first, last, group.upl(), LIMIT, "6 4", latest ? "UPL" : null));
                levels.add(new Level(first, last, group.lpl(), LIMIT, "6 4", latest ? "LPL" : null));
            }
        }
        List<String> captions = new ArrayList<>();
        if (result.n() == 0) {
            captions.add("No observations yet.");
        } else if (result.upl() == null) {
            captions.add("Too few points for process limits: the latest group has fewer than two usable points.");
        } else if (Boolean.TRUE.equals(result.limitsAreTrial())) {
            captions.add("Trial limits: the latest group has fewer than " + XmrRuleSet.TRIAL_LIMIT_THRESHOLD
                    + " points, so its limits are provisional.");
        }
        long incomplete = shown.stream().filter(XmrPoint::incomplete).count();
        long leftOut = shown.stream().filter(XmrPoint::leftOut).count();
        if (leftOut > 0) {
            captions.add("Hollow points (" + leftOut + "): "
                    + (incomplete > 0 ? "periods in which some units did not report, " : "")
                    + "left out of the mean and limits.");
        } else if (incomplete > 0) {
            captions.add("Incomplete points (" + incomplete + "): periods in which some units did not report, "
                    + "counted in the mean and limits.");
        }
        window(captions, result.points().size(), shown.size(), options);
        String subtitle =
                "XmR chart · " + measure.unit() + " · " + measure.frequency().toLowerCase() + " · "
                        + result.n() + (result.n() == 1 ? " point" : " points") + " · improvement is "
                        + direction(measure.direction());
        Interpretation.Context words = words(measure).withChange(Interpretation.latestChange(result));
        SvgDocument svg = frame(
                measure,
                options,
                "SPC chart of " + measure.name(),
                subtitle,
                subtitle + ". " + Interpretation.of(result, words),
                dots,
                keys,
                levels,
                rebases,
                measure.target(),
                captions);
        icons(svg, options, result.variationIcon(), result.assuranceIcon());
        return svg;
    }

    /**
     * An attribute chart (U, P, or Laney's U′ and P′) of a ratio measure: as the XmR chart, but its process limits
     * differ from point to point with the denominator, so they are drawn stepped, and points without a rate are
     * left out. {@code sentence} is the interpretation the caller made of {@code result}, for the description.
     */
    public static SvgDocument attribute(Subject measure, AttributeResult result, Window options, String sentence) {
        List<AttributeResult.Point> shown = result.points().stream()
                .filter(p -> p.value() != null && options.shows().test(p.period()))
                .toList();
        List<Dot> dots = shown.stream()
                .map(p -> new Dot(
                        p.period(),
                        p.value(),
                        MdcIcons.colour(p.pointType()),
                        PointMarks.shape(p.pointType(), p.relativeToMean()),
                        p.annotation(),
                        describe(p.period(), BigDecimal.valueOf(p.value()), p.pointType())
                                + (p.excluded() ? LEFT_OUT : ""),
                        p.excluded()))
                .toList();
        Set<PointMarks.Key> keys = new HashSet<>();
        shown.forEach(p -> keys.add(p.excluded() ? PointMarks.LEFT_OUT : PointMarks.key(p.pointType())));
        List<Level> levels = new ArrayList<>();
        List<Integer> rebases = new ArrayList<>();
        Map<Integer, int[]> spans =
                spans(shown.stream().map(AttributeResult.Point::rebaseGroup).toList());
        int lastGroup = result.groups().isEmpty()
                ? 0
                : result.groups().get(result.groups().size() - 1).rebaseGroup();
        for (AttributeResult.Group group : result.groups()) {
            int[] span = spans.get(group.rebaseGroup());
            if (span == null) {
                continue;
            }
            if (group.rebaseGroup() > 1 && span[0] > 0) {
                rebases.add(span[0]);
            }
            boolean latest = group.rebaseGroup() == lastGroup;
            if (group.centre() != null) {
                levels.add(new Level(span[0], span[1], group.centre(), INK, null, latest ? "Centre" : null));
            }
            List<AttributeResult.Point> members = shown.subList(span[0], span[1] + 1);
            if (members.stream().anyMatch(p -> p.upl() != null)) {
                Double[] upper =
                        members.stream().map(AttributeResult.Point::upl).toArray(Double[]::new);
                Double[] lower =
                        members.stream().map(AttributeResult.Point::lpl).toArray(Double[]::new);
                levels.add(Level.stepped(span[0], upper, LIMIT, "6 4", latest ? "UPL" : null));
                levels.add(Level.stepped(span[0], lower, LIMIT, "6 4", latest ? "LPL" : null));
            }
        }
        List<String> captions = new ArrayList<>();
        if (result.n() == 0) {
            captions.add("No observations yet.");
        } else if (result.upl() == null) {
            captions.add("No process limits: the latest group has too few points with a rate to set them.");
        } else if (Boolean.TRUE.equals(result.limitsAreTrial())) {
            captions.add("Trial limits: the latest group has fewer than " + XmrRuleSet.TRIAL_LIMIT_THRESHOLD
                    + " points, so its limits are provisional.");
        }
        long excluded = shown.stream().filter(AttributeResult.Point::excluded).count();
        if (excluded > 0) {
            captions.add("Hollow points (" + excluded + "): excluded, left out of the centre line and limits.");
        }
        long withoutRate =
                result.points().stream().filter(p -> p.value() == null).count();
        if (withoutRate > 0) {
            captions.add("Periods without a rate (no denominator) are not drawn: " + withoutRate + ".");
        }
        long inWindow = result.points().stream()
                .filter(p -> options.shows().test(p.period()))
                .count();
        window(captions, result.points().size(), (int) inWindow, options);
        String subtitle = chartName(result.chart()) + " · " + measure.unit() + " · "
                + measure.frequency().toLowerCase() + " · " + result.n() + (result.n() == 1 ? " point" : " points")
                + " · improvement is " + direction(measure.direction());
        SvgDocument svg = frame(
                measure,
                options,
                "SPC chart of " + measure.name(),
                subtitle,
                subtitle + ". " + sentence,
                dots,
                keys,
                levels,
                rebases,
                measure.target(),
                captions);
        icons(svg, options, result.variationIcon(), result.assuranceIcon());
        return svg;
    }

    /** The attribute chart's name as its subtitle gives it. */
    static String chartName(SpcChart chart) {
        return switch (chart) {
            case U -> "U chart";
            case P -> "P chart";
            case U_PRIME -> "U′ chart (Laney)";
            case P_PRIME -> "P′ chart (Laney)";
            case XMR -> "XmR chart";
        };
    }

    private static void icons(SvgDocument svg, Window options, VariationIcon variation, AssuranceIcon assurance) {
        double iconY = 36;
        if (assurance != null) {
            svg.addAll(MdcIcons.assurance(assurance, options.width() - 30, iconY));
        }
        if (variation != null) {
            double x = options.width() - (assurance != null ? 74 : 30);
            svg.addAll(MdcIcons.variation(variation, x, iconY));
        }
    }

    public static SvgDocument runChart(
            Subject measure, RunChartResult result, List<SeriesPoint> series, Window options) {
        List<Dot> dots = new ArrayList<>();
        Set<PointMarks.Key> keys = new HashSet<>();
        for (int i = 0; i < result.points().size(); i++) {
            RunChartPoint p = result.points().get(i);
            if (options.shows().test(p.period())) {
                boolean signal = p.shift() || p.trend();
                keys.add(signal ? RUN_SIGNAL : RUN_PLAIN);
                dots.add(new Dot(
                        p.period(),
                        p.value().doubleValue(),
                        signal ? MdcIcons.NEUTRAL : MdcIcons.COMMON,
                        !signal
                                ? PointMarks.Shape.CIRCLE
                                : p.side() == MedianSide.BELOW ? PointMarks.Shape.DOWN : PointMarks.Shape.UP,
                        series.get(i).annotation(),
                        p.period() + ": " + Decimals.plainText(p.value()) + (p.shift() ? " (shift)" : "")
                                + (p.trend() ? " (trend)" : "")
                                + (series.get(i).incomplete() ? INCOMPLETE : ""),
                        false));
            }
        }
        List<Level> levels = result.median() == null || dots.isEmpty()
                ? List.of()
                : List.of(new Level(0, dots.size() - 1, result.median().doubleValue(), INK, null, "Median"));
        List<String> captions = new ArrayList<>();
        if (result.tooFewPoints()) {
            captions.add("Too few points for the run-chart rules: " + result.n() + " of the 10 needed.");
        } else if (result.runsLowerLimit() != null) {
            captions.add("Runs: " + result.runs() + " (" + result.runsLowerLimit() + " to " + result.runsUpperLimit()
                    + " expected by chance)" + (result.tooFewRuns() ? ": too few, a signal" : "")
                    + (result.tooManyRuns() ? ": too many, a signal" : "") + ". Purple triangles are part of a "
                    + "shift or trend.");
        }
        window(captions, result.points().size(), dots.size(), options);
        String subtitle = "Run chart · " + measure.unit() + " · "
                + measure.frequency().toLowerCase() + " · " + result.n() + (result.n() == 1 ? " point" : " points");
        return frame(
                measure,
                options,
                "Run chart of " + measure.name(),
                subtitle,
                subtitle + ". " + Interpretation.of(result, words(measure)),
                dots,
                keys,
                levels,
                List.of(),
                measure.target(),
                captions);
    }

    /** How the sentence in the drawing's description names the measure and writes its figures. */
    private static Interpretation.Context words(Subject measure) {
        return Interpretation.Context.ofMeasure(
                measure.name(), measure.direction(), measure.target(), measure.frequency(), measure.unit());
    }

    private static SvgDocument frame(
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
                .map(l -> l.label() + " " + number(l.value()))
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

    private static void window(List<String> captions, int all, int shown, Window options) {
        if (shown < all) {
            captions.add("Showing " + shown + " of " + all + " points"
                    + (options.from() == null ? "" : " from " + options.from())
                    + (options.to() == null ? "" : " to " + options.to())
                    + "; the limits are those of the whole series.");
        }
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
            run.add(new double[] {x - half, y.at(v)});
            run.add(new double[] {x + half, y.at(v)});
        }
        if (run.size() > 1) {
            lines.add(SvgElement.polyline(run, level.stroke(), 1.2, level.dash()));
        }
        return lines;
    }

    /** The first and last position of each rebase group among the points shown (their groups in order), in one pass. */
    private static Map<Integer, int[]> spans(List<Integer> groups) {
        Map<Integer, int[]> spans = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            int at = i;
            spans.computeIfAbsent(groups.get(i), g -> new int[] {at, at})[1] = i;
        }
        return spans;
    }

    private static String describe(String period, BigDecimal value, PointType pointType) {
        return period + ": " + Decimals.plainText(value) + " (" + ChartTable.type(pointType) + ")";
    }

    private static String direction(ImprovementDirection direction) {
        return switch (direction) {
            case INCREASE -> "higher";
            case DECREASE -> "lower";
            case NEUTRAL -> "neither higher nor lower";
        };
    }

    /** A chart number: up to three decimals, no exponent. */
    static String number(double value) {
        return Decimals.plainText(BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP));
    }
}
