package org.imroc.tracker.measure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.RunChartSettings;

/** The run-chart rules a measure is read with; absent fields take IHI's defaults. */
public record RunChartFields(
        @Min(3) @Max(20) @Schema(description = "Points on one side of the median that signal a shift; default 6")
        Integer shiftLength,

        @Min(3) @Max(20) @Schema(description = "Points going up or down that signal a trend; default 5")
        Integer trendLength) {

    static RunChartFields from(RunChartSettings settings) {
        return new RunChartFields(settings.shiftLength(), settings.trendLength());
    }

    RunChartSettings toSettings() {
        RunChartSettings defaults = RunChartSettings.DEFAULT;
        return new RunChartSettings(
                shiftLength == null ? defaults.shiftLength() : shiftLength,
                trendLength == null ? defaults.trendLength() : trendLength);
    }
}
