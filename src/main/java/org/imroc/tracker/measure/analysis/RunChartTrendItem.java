package org.imroc.tracker.measure.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.RunChartTrend;
import org.imroc.tracker.measure.spc.TrendDirection;

/** A trend on a run chart on the wire: the engine's {@link RunChartTrend}, field for field. */
@Schema(name = "RunChartTrend")
public record RunChartTrendItem(
        @Schema(maxLength = 8) String firstPeriod,
        @Schema(maxLength = 8) String lastPeriod,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int countedPoints,

        TrendDirection direction) {

    static RunChartTrendItem of(RunChartTrend t) {
        return new RunChartTrendItem(t.firstPeriod(), t.lastPeriod(), t.countedPoints(), t.direction());
    }
}
