package org.imroc.tracker.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trend on a run chart: {@code countedPoints} points in a row each higher (UP) or each lower (DOWN) than the one
 * before, at least the trend length; a value repeated right after itself counts once and does not break it.
 */
public record RunChartTrend(
        @Schema(maxLength = 8) String firstPeriod,
        @Schema(maxLength = 8) String lastPeriod,
        @Schema(minimum = "0", maximum = "100000") int countedPoints,
        TrendDirection direction) {}
