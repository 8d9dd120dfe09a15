package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;

/**
 * One point of a run chart as analysed: its side of the median, and whether it is part of a shift (a point on the
 * median never is) or of a trend (every point from a trend's first to its last counted point, repeats included).
 */
public record RunChartPoint(
        String period, BigDecimal value, MedianSide side, boolean onMedian, boolean shift, boolean trend) {}
