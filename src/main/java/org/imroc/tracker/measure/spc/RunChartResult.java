package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.List;

/**
 * The analysis of a measure as a run chart (centre line = exact median). Useful points are those not on the
 * median; a run is a stretch of useful points on one side, so {@code runs} = {@code crossings} + 1. The runs
 * limits are null with fewer than 10 useful points; fewer runs than the lower limit, or more than the upper, is a
 * signal. With {@code tooFewPoints} (fewer than 10 points) nothing is signalled: no shifts, trends or runs verdict.
 */
public record RunChartResult(
        BigDecimal median,
        int n,
        int nUseful,
        int nOnMedian,
        int runs,
        int crossings,
        int longestRun,
        Integer runsLowerLimit,
        Integer runsUpperLimit,
        boolean tooFewRuns,
        boolean tooManyRuns,
        boolean shiftDetected,
        List<RunChartShift> shifts,
        boolean trendDetected,
        List<RunChartTrend> trends,
        List<RunChartPoint> points,
        boolean tooFewPoints,
        RunChartSettings settings) {

    public RunChartResult {
        shifts = List.copyOf(shifts);
        trends = List.copyOf(trends);
        points = List.copyOf(points);
    }
}
