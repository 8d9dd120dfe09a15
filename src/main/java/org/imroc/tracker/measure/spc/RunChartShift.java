package org.imroc.tracker.measure.spc;

/**
 * A shift on a run chart: {@code countedPoints} useful points in a row on one {@code side} of the median, at least
 * the shift length; points on the median inside it were skipped, not counted.
 */
public record RunChartShift(String firstPeriod, String lastPeriod, int countedPoints, MedianSide side) {}
