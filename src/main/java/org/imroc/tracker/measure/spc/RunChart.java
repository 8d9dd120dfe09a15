package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run chart as the IHI reads it: centre line = median; signals are a shift (a run of useful points on one side),
 * a trend (points each higher, or each lower, than the last) and too few or too many runs for the number of useful
 * points. A point on the median is not useful: it neither counts towards nor breaks a run or a shift. With fewer
 * than 10 points nothing is signalled. Astronomical points are a judgement call and are not computed.
 */
public final class RunChart {

    static final int MIN_POINTS = 10;

    private RunChart() {}

    /** @param points observations in period order ({@link SeriesPoint#rebase()} is ignored) */
    public static RunChartResult analyse(List<SeriesPoint> points, RunChartSettings settings) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(settings, "settings");
        int n = points.size();
        BigDecimal median = median(points);
        List<MedianSide> sides = new ArrayList<>(n);
        List<Integer> useful = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MedianSide side = sideOf(points.get(i).value(), median);
            sides.add(side);
            if (side != MedianSide.ON) {
                useful.add(i);
            }
        }
        int crossings = 0;
        int longestRun = useful.isEmpty() ? 0 : 1;
        int run = 1;
        for (int k = 1; k < useful.size(); k++) {
            boolean sameSide = sides.get(useful.get(k)) == sides.get(useful.get(k - 1));
            crossings += sameSide ? 0 : 1;
            run = sameSide ? run + 1 : 1;
            longestRun = Math.max(longestRun, run);
        }
        int runs = useful.isEmpty() ? 0 : crossings + 1;
        RunsLimits limits = RunsLimits.forUsefulPoints(useful.size());
        boolean tooFewPoints = n < MIN_POINTS;
        boolean[] inShift = new boolean[n];
        boolean[] inTrend = new boolean[n];
        List<RunChartShift> shifts = tooFewPoints
                ? List.of()
                : RunChartSignals.shifts(points, sides, useful, settings.shiftLength(), inShift);
        List<RunChartTrend> trends =
                tooFewPoints ? List.of() : RunChartSignals.trends(points, settings.trendLength(), inTrend);
        boolean judgeRuns = !tooFewPoints && limits != null;
        List<RunChartPoint> analysed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SeriesPoint point = points.get(i);
            analysed.add(new RunChartPoint(
                    point.period(),
                    point.value(),
                    sides.get(i),
                    sides.get(i) == MedianSide.ON,
                    inShift[i],
                    inTrend[i]));
        }
        return new RunChartResult(
                median,
                n,
                useful.size(),
                n - useful.size(),
                runs,
                crossings,
                longestRun,
                limits == null ? null : limits.lower(),
                limits == null ? null : limits.upper(),
                judgeRuns && runs < limits.lower(),
                judgeRuns && runs > limits.upper(),
                !shifts.isEmpty(),
                shifts,
                !trends.isEmpty(),
                trends,
                analysed,
                tooFewPoints,
                settings);
    }

    /** The exact median; for an even count the mean of the two middle values (exact: halving terminates). */
    static BigDecimal median(List<SeriesPoint> points) {
        if (points.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted =
                points.stream().map(SeriesPoint::value).sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
    }

    private static MedianSide sideOf(BigDecimal value, BigDecimal median) {
        int comparison = value.compareTo(median);
        return comparison > 0 ? MedianSide.ABOVE : comparison < 0 ? MedianSide.BELOW : MedianSide.ON;
    }
}
