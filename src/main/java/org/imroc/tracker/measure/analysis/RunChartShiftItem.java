package org.imroc.tracker.measure.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.MedianSide;
import org.imroc.tracker.measure.spc.RunChartShift;

/** A shift on a run chart on the wire: the engine's {@link RunChartShift}, field for field. */
@Schema(name = "RunChartShift")
public record RunChartShiftItem(
        @Schema(maxLength = 8) String firstPeriod,
        @Schema(maxLength = 8) String lastPeriod,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int countedPoints,

        MedianSide side) {

    static RunChartShiftItem of(RunChartShift s) {
        return new RunChartShiftItem(s.firstPeriod(), s.lastPeriod(), s.countedPoints(), s.side());
    }
}
