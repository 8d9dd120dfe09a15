package org.imroc.tracker.measure.spc;

/**
 * A trend on a run chart: {@code countedPoints} points in a row each higher (UP) or each lower (DOWN) than the one
 * before, at least the trend length; a value repeated right after itself counts once and does not break it.
 */
public record RunChartTrend(String firstPeriod, String lastPeriod, int countedPoints, TrendDirection direction) {}
