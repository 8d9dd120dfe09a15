package org.imroc.tracker.measure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.SpcChart;
import org.imroc.tracker.measure.spc.SpcSettings;

/** The chart and SPC rules a measure is read with; absent fields take NHSRplotthedots' defaults. */
public record SpcFields(
        @Schema(
                description = "The chart: XMR (default, Making Data Count's choice for everything), or for a rate U "
                        + "(events per unit of exposure), P (a proportion), U_PRIME or P_PRIME (Laney's, for large "
                        + "denominators). The attribute charts' limits differ per point")
        SpcChart chart,

        @Min(3)
        @Max(20)
        @Schema(
                description = "Points in a run on one side of the mean that signal a shift; default 7 "
                        + "(MDC's newer tool uses 6)")
        Integer shiftLength,

        @Min(3) @Max(20) @Schema(description = "Points rising or falling that signal a trend; default 7")
        Integer trendLength,

        @Schema(description = "Screen out moving ranges of 3.267 × MR-bar or more before setting limits; default true")
        Boolean screenOutliers,

        @Min(12)
        @Max(1000)
        @Schema(
                description = "Fix each rebase group's mean and limits from its first N points "
                        + "(12 or more); absent = use every point")
        Integer fixAfterPoints,

        @Schema(
                description = "For a measure recorded by UNIT: let incomplete periods (some units not reported) count "
                        + "towards the mean and limits; default false (they are drawn hollow and left out)")
        Boolean includeIncomplete) {

    static SpcFields from(SpcSettings settings, SpcChart chart) {
        return new SpcFields(
                chart,
                settings.shiftLength(),
                settings.trendLength(),
                settings.screenOutliers(),
                settings.fixAfterPoints(),
                settings.includeIncomplete());
    }

    /** The chart asked for, XMR when left out. */
    SpcChart toChart() {
        return chart == null ? SpcChart.XMR : chart;
    }

    SpcSettings toSettings() {
        SpcSettings defaults = SpcSettings.DEFAULT;
        return new SpcSettings(
                shiftLength == null ? defaults.shiftLength() : shiftLength,
                trendLength == null ? defaults.trendLength() : trendLength,
                screenOutliers == null ? defaults.screenOutliers() : screenOutliers,
                fixAfterPoints,
                Boolean.TRUE.equals(includeIncomplete));
    }
}
