package org.imroc.tracker.measure.analysis;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.MedianSide;
import org.imroc.tracker.measure.spc.RunChartPoint;

/** One point of a run chart on the wire: the engine's {@link RunChartPoint}, field for field. */
@Schema(name = "RunChartPoint")
public record RunChartPointItem(
        @Schema(maxLength = 8) String period,
        BigDecimal value,
        MedianSide side,
        @Schema(required = true) boolean onMedian,
        @Schema(required = true) boolean shift,
        @Schema(required = true) boolean trend) {

    static RunChartPointItem of(RunChartPoint p) {
        return new RunChartPointItem(p.period(), p.value(), p.side(), p.onMedian(), p.shift(), p.trend());
    }
}
