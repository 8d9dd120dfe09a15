package org.imroc.tracker.measure.analysis;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.Frequency;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureSeries;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.imroc.tracker.measure.spc.Interpretation;
import org.imroc.tracker.measure.spc.RunChartResult;

/**
 * A measure's run chart by the IHI rules (see docs/measures.md): the exact median, runs against the runs table,
 * shifts and trends. With fewer than 10 points {@code tooFewPoints} is true and nothing is signalled.
 */
public record RunChartResponse(
        UUID measureId,
        UUID trustId,

        @Schema(description = "The unit whose series this is (?unitId=); null for the Trust's series")
        UUID unitId,

        @Schema(description = "The breakdown of the group whose series this is (?breakdown=); null for everyone")
        Breakdown breakdown,

        @Schema(description = "The group's code (?code=), e.g. BLACK; null for everyone", maxLength = 20)
        String code,

        @Schema(maxLength = 200) String name,

        @Schema(
                description = "One or two plain-English sentences in the Making Data Count manner: what the chart "
                        + "shows, since when, and what it means for the target",
                maxLength = 2000,
                examples = "Restraint per 1,000 bed days shows special cause improvement: the last 9 months, from "
                        + "2024-11, are all below the mean of 6.91 since the No Force First launch in 2024-04. The "
                        + "target of 5 is inside the limits, so it will be met in some months and missed in others "
                        + "unless the process changes.")
        String interpretation,

        @Schema(maxLength = 50) String unit,
        ImprovementDirection improvementDirection,
        Frequency frequency,
        @Schema(maxItems = MeasureSeries.MAX_MISSING) List<@Size(max = 8) String> missingPeriods,

        @Schema(
                description = "For a measure recorded by unit, the Trust's periods in which some units did not report "
                        + "(drawn hollow; left out of the limits unless spc.includeIncomplete), in order",
                maxItems = 100000)
        List<IncompletePeriodItem> incompletePeriods,

        @Schema(description = "Null for an empty series") BigDecimal median,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int n,

        @Schema(description = "Points not on the median", minimum = "0", maximum = "100000", required = true)
        int nUseful,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int nOnMedian,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int runs,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int crossings,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int longestRun,

        @Schema(
                description = "Fewest runs expected by chance; null with fewer than 10 useful points",
                minimum = "0",
                maximum = "100000")
        Integer runsLowerLimit,

        @Schema(
                description = "Most runs expected by chance; null with fewer than 10 useful points",
                minimum = "0",
                maximum = "100000")
        Integer runsUpperLimit,

        @Schema(required = true) boolean tooFewRuns,
        @Schema(required = true) boolean tooManyRuns,
        @Schema(required = true) boolean shiftDetected,
        @Schema(maxItems = 100000) List<RunChartShiftItem> shifts,
        @Schema(required = true) boolean trendDetected,
        @Schema(maxItems = 100000) List<RunChartTrendItem> trends,
        @Schema(maxItems = 100000) List<RunChartPointItem> points,

        @Schema(description = "Fewer than 10 points: a run chart says nothing yet", required = true)
        boolean tooFewPoints,

        @Schema(description = "The shift and trend lengths used")
        RunChartSettingsFields settings) {

    static RunChartResponse of(
            Measure measure,
            Slice slice,
            List<String> missingPeriods,
            List<IncompletePeriodItem> incomplete,
            RunChartResult r) {
        String name = slice.isGroup() ? measure.getName() + " · " + slice.groupLabel() : measure.getName();
        return new RunChartResponse(
                measure.getId(),
                measure.getTrustId(),
                slice.unitId(),
                slice.breakdown(),
                slice.code(),
                name,
                Interpretation.of(r, measure.interpretationContext(name)),
                measure.getUnit(),
                measure.getImprovementDirection(),
                measure.getFrequency(),
                missingPeriods,
                incomplete,
                r.median(),
                r.n(),
                r.nUseful(),
                r.nOnMedian(),
                r.runs(),
                r.crossings(),
                r.longestRun(),
                r.runsLowerLimit(),
                r.runsUpperLimit(),
                r.tooFewRuns(),
                r.tooManyRuns(),
                r.shiftDetected(),
                r.shifts().stream().map(RunChartShiftItem::of).toList(),
                r.trendDetected(),
                r.trends().stream().map(RunChartTrendItem::of).toList(),
                r.points().stream().map(RunChartPointItem::of).toList(),
                r.tooFewPoints(),
                RunChartSettingsFields.of(r.settings()));
    }
}
