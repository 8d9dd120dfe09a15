package org.imroc.tracker.measure.spc;

import static org.imroc.tracker.measure.spc.Interpretation.fill;

import java.util.List;

/**
 * A run chart read aloud (see {@link Interpretation}), against the median as the IHI reads it: the latest shift or
 * trend (the one ending last; a shift before a trend ending at the same point), judged by the improvement direction,
 * with too few or too many runs said after it; without a shift or trend, the runs alone; without any signal, random
 * variation. Astronomical points are a judgement call the engine does not compute, so no sentence names one. Run
 * charts have no limits, so neither the target nor the change label is read.
 */
final class RunChartInterpretation {

    private RunChartInterpretation() {}

    /** The first sentence. */
    enum Reading {
        EMPTY("{measure} has no data yet."),
        TOO_FEW_POINTS("{measure} has only {count} of data, too few for the run chart rules ({needed} are needed), so"
                + " no signal is judged yet; the median so far is {median}."),
        RANDOM("{measure} shows only random variation around the median of {median}: no shift, trend or unusual"
                + " number of runs in {count}."),
        RANDOM_RUNS_NOT_JUDGED("{measure} shows no shift or trend around the median of {median} in {count}; with"
                + " only {useful} off the median, the number of runs cannot be judged."),
        SHIFT("{measure} shows {signal}: {counted} in a row, from {first} to {end}, {are} {side} the median of"
                + " {median}."),
        TREND("{measure} shows {signal}: {counted} in a row, from {first} to {end}, {moved} steadily."),
        TOO_FEW_RUNS("{measure} shows a non-random signal: there are only {runs} where {lower} to {upper} are"
                + " expected for {useful} off the median of {median}, so the data stay on one side of it for longer"
                + " than chance would."),
        TOO_MANY_RUNS("{measure} shows a non-random signal: there are {runs} where {lower} to {upper} are expected"
                + " for {useful} off the median of {median}, so the data cross it more often than chance would, a"
                + " sign of alternating or mixed data.");

        final String template;

        Reading(String template) {
            this.template = template;
        }
    }

    /** The second sentence, after a shift or trend, when the runs signal too. */
    enum Runs {
        ALSO_TOO_FEW(
                "There are also too few runs ({number} where {lower} to {upper} are expected), another sign that the"
                        + " process has changed."),
        ALSO_TOO_MANY(
                "There are also too many runs ({number} where {lower} to {upper} are expected), a sign of alternating"
                        + " or mixed data.");

        final String template;

        Runs(String template) {
            this.template = template;
        }
    }

    static String of(RunChartResult result, Interpretation.Context context) {
        if (result.n() == 0) {
            return fill(Reading.EMPTY.template, "measure", context.measure());
        }
        String median = context.numbers(largest(result)).of(result.median());
        if (result.tooFewPoints()) {
            return fill(
                    Reading.TOO_FEW_POINTS.template,
                    "measure",
                    context.measure(),
                    "count",
                    context.count(result.n()),
                    "needed",
                    String.valueOf(RunChart.MIN_POINTS),
                    "median",
                    median);
        }
        List<RunChartPoint> points = result.points();
        RunChartShift shift = result.shifts().stream()
                .reduce((a, b) -> end(points, b.lastPeriod()) >= end(points, a.lastPeriod()) ? b : a)
                .orElse(null);
        RunChartTrend trend = result.trends().stream()
                .reduce((a, b) -> end(points, b.lastPeriod()) >= end(points, a.lastPeriod()) ? b : a)
                .orElse(null);
        if (trend != null && (shift == null || end(points, trend.lastPeriod()) > end(points, shift.lastPeriod()))) {
            return trend(result, trend, context, median) + runs(result, Runs.ALSO_TOO_FEW, Runs.ALSO_TOO_MANY);
        }
        if (shift != null) {
            return shift(result, shift, context, median) + runs(result, Runs.ALSO_TOO_FEW, Runs.ALSO_TOO_MANY);
        }
        if (result.tooFewRuns() || result.tooManyRuns()) {
            return fill(
                    result.tooFewRuns() ? Reading.TOO_FEW_RUNS.template : Reading.TOO_MANY_RUNS.template,
                    "measure",
                    context.measure(),
                    "runs",
                    runCount(result.runs()),
                    "lower",
                    String.valueOf(result.runsLowerLimit()),
                    "upper",
                    String.valueOf(result.runsUpperLimit()),
                    "useful",
                    pointCount(result.nUseful()),
                    "median",
                    median);
        }
        return fill(
                result.runsLowerLimit() == null ? Reading.RANDOM_RUNS_NOT_JUDGED.template : Reading.RANDOM.template,
                "measure",
                context.measure(),
                "median",
                median,
                "count",
                context.count(result.n()),
                "useful",
                pointCount(result.nUseful()));
    }

    private static String shift(
            RunChartResult result, RunChartShift shift, Interpretation.Context context, String median) {
        boolean ongoing = end(result.points(), shift.lastPeriod()) == result.n() - 1;
        boolean high = shift.side() == MedianSide.ABOVE;
        return fill(
                Reading.SHIFT.template,
                "measure",
                context.measure(),
                "signal",
                signal(high, context.direction()),
                "counted",
                context.count(shift.countedPoints()),
                "first",
                shift.firstPeriod(),
                "end",
                ongoing ? "the latest" : shift.lastPeriod(),
                "are",
                ongoing ? "are" : "were",
                "side",
                high ? "above" : "below",
                "median",
                median);
    }

    private static String trend(
            RunChartResult result, RunChartTrend trend, Interpretation.Context context, String median) {
        boolean ongoing = end(result.points(), trend.lastPeriod()) == result.n() - 1;
        boolean high = trend.direction() == TrendDirection.UP;
        String moved = high ? (ongoing ? "have risen" : "rose") : (ongoing ? "have fallen" : "fell");
        return fill(
                Reading.TREND.template,
                "measure",
                context.measure(),
                "signal",
                signal(high, context.direction()),
                "counted",
                context.count(trend.countedPoints()),
                "first",
                trend.firstPeriod(),
                "end",
                ongoing ? "the latest" : trend.lastPeriod(),
                "moved",
                moved,
                "median",
                median);
    }

    /** " " and the runs sentence when the runs signal too, else "". */
    private static String runs(RunChartResult result, Runs tooFew, Runs tooMany) {
        if (!result.tooFewRuns() && !result.tooManyRuns()) {
            return "";
        }
        return " "
                + fill(
                        result.tooFewRuns() ? tooFew.template : tooMany.template,
                        "number",
                        String.valueOf(result.runs()),
                        "lower",
                        String.valueOf(result.runsLowerLimit()),
                        "upper",
                        String.valueOf(result.runsUpperLimit()));
    }

    /** A signal high (above the median, rising) or low, judged by the direction. */
    private static String signal(boolean high, ImprovementDirection direction) {
        return switch (direction) {
            case NEUTRAL -> "a non-random signal";
            case INCREASE -> high ? "a signal of improvement" : "a signal of concern";
            case DECREASE -> high ? "a signal of concern" : "a signal of improvement";
        };
    }

    /** The largest value in magnitude: the run chart's numbers share its decimal places. */
    private static double largest(RunChartResult result) {
        return result.points().stream()
                .mapToDouble(p -> p.value().abs().doubleValue())
                .max()
                .orElse(0);
    }

    private static int end(List<RunChartPoint> points, String period) {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).period().equals(period)) {
                return i;
            }
        }
        throw new IllegalStateException("no point for period " + period);
    }

    private static String runCount(int runs) {
        return runs + (runs == 1 ? " run" : " runs");
    }

    private static String pointCount(int points) {
        return points + (points == 1 ? " point" : " points");
    }
}
