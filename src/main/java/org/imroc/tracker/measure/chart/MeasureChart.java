package org.imroc.tracker.measure.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.common.svg.SvgDocument;
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
 * Draws a measure's XmR chart, attribute chart or run chart in Making Data Count's style from the same analysis the
 * JSON gives: points joined by a line, coloured and shaped by type and outlined to stand out ({@link PointMarks}) with
 * a shape legend, the mean (median) and process limits of each rebase group with a
 * break at each rebase, the target dashed, the icons in the corner, numbered annotation markers with a legend,
 * and a caption for trial limits or too few points. Geometry only; {@code SvgRenderer} writes the markup.
 */
public final class MeasureChart {

    private static final String INK = ChartFrame.INK;
    private static final String LIMIT = ChartFrame.LIMIT;

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
        List<ChartFrame.Dot> dots = shown.stream()
                .map(p -> new ChartFrame.Dot(
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
        List<ChartFrame.Level> levels = new ArrayList<>();
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
            levels.add(new ChartFrame.Level(first, last, group.mean(), INK, null, latest ? "Mean" : null));
            if (group.upl() != null) {
                levels.add(new ChartFrame.Level(first, last, group.upl(), LIMIT, "6 4", latest ? "UPL" : null));
                levels.add(new ChartFrame.Level(first, last, group.lpl(), LIMIT, "6 4", latest ? "LPL" : null));
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
        SvgDocument svg = ChartFrame.draw(
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
    /**
     * A measure's SPC chart as its settings chose: the attribute chart when {@code attribute} is given (then
     * {@code sentence} is its description's reading), else the XmR chart of {@code xmr}.
     */
    public static SvgDocument spc(
            Subject measure, XmrResult xmr, AttributeResult attribute, Window options, String sentence) {
        return attribute == null ? spc(measure, xmr, options) : attribute(measure, attribute, options, sentence);
    }

    public static SvgDocument attribute(Subject measure, AttributeResult result, Window options, String sentence) {
        List<AttributeResult.Point> shown = result.points().stream()
                .filter(p -> p.value() != null && options.shows().test(p.period()))
                .toList();
        List<ChartFrame.Dot> dots = shown.stream()
                .map(p -> new ChartFrame.Dot(
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
        List<ChartFrame.Level> levels = new ArrayList<>();
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
                levels.add(new ChartFrame.Level(span[0], span[1], group.centre(), INK, null, latest ? "Centre" : null));
            }
            List<AttributeResult.Point> members = shown.subList(span[0], span[1] + 1);
            if (members.stream().anyMatch(p -> p.upl() != null)) {
                Double[] upper =
                        members.stream().map(AttributeResult.Point::upl).toArray(Double[]::new);
                Double[] lower =
                        members.stream().map(AttributeResult.Point::lpl).toArray(Double[]::new);
                levels.add(ChartFrame.Level.stepped(span[0], upper, LIMIT, "6 4", latest ? "UPL" : null));
                levels.add(ChartFrame.Level.stepped(span[0], lower, LIMIT, "6 4", latest ? "LPL" : null));
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
        SvgDocument svg = ChartFrame.draw(
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
        List<ChartFrame.Dot> dots = new ArrayList<>();
        Set<PointMarks.Key> keys = new HashSet<>();
        for (int i = 0; i < result.points().size(); i++) {
            RunChartPoint p = result.points().get(i);
            if (options.shows().test(p.period())) {
                boolean signal = p.shift() || p.trend();
                keys.add(signal ? RUN_SIGNAL : RUN_PLAIN);
                dots.add(new ChartFrame.Dot(
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
        List<ChartFrame.Level> levels = result.median() == null || dots.isEmpty()
                ? List.of()
                : List.of(
                        new ChartFrame.Level(0, dots.size() - 1, result.median().doubleValue(), INK, null, "Median"));
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
        return ChartFrame.draw(
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

    private static void window(List<String> captions, int all, int shown, Window options) {
        if (shown < all) {
            captions.add("Showing " + shown + " of " + all + " points"
                    + (options.from() == null ? "" : " from " + options.from())
                    + (options.to() == null ? "" : " to " + options.to())
                    + "; the limits are those of the whole series.");
        }
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
