package org.imroc.tracker.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A shift on a run chart: {@code countedPoints} useful points in a row on one {@code side} of the median, at least
 * the shift length; points on the median inside it were skipped, not counted.
 */
public record RunChartShift(
        @Schema(maxLength = 8) String firstPeriod,
        @Schema(maxLength = 8) String lastPeriod,
        @Schema(minimum = "0", maximum = "100000") int countedPoints,
        MedianSide side) {}
