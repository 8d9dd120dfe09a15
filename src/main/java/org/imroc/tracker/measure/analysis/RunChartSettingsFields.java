package org.imroc.tracker.measure.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.RunChartSettings;

/** The shift and trend lengths a run chart used, on the wire: the engine's {@link RunChartSettings}. */
@Schema(name = "RunChartSettings")
public record RunChartSettingsFields(
        @Schema(minimum = "3", maximum = "20", required = true)
        int shiftLength,

        @Schema(minimum = "3", maximum = "20", required = true)
        int trendLength) {

    static RunChartSettingsFields of(RunChartSettings s) {
        return new RunChartSettingsFields(s.shiftLength(), s.trendLength());
    }
}
