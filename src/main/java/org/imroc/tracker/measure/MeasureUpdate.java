package org.imroc.tracker.measure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.imroc.tracker.measure.spc.RunChartSettings;
import org.imroc.tracker.measure.spc.SpcChart;
import org.imroc.tracker.measure.spc.SpcSettings;

/**
 * The editable form of a measure: what a create becomes once its template (if any) has filled the gaps, and what a
 * merge patch is applied to. The template code is set at creation only.
 */
public record MeasureUpdate(
        @NotBlank @Size(max = 200) String name,
        @NotNull MeasureType type,

        @NotBlank
        @Size(max = 4000)
        @Schema(
                description =
                        "The operational definition: what is counted, from where, " + "what is included and excluded")
        String definition,

        @NotBlank @Size(max = 50) @Schema(examples = "per 1,000 bed days")
        String unit,

        @NotNull ImprovementDirection improvementDirection,

        @Digits(integer = 15, fraction = 6) @Schema(description = "The value aimed for; assurance is judged against it")
        BigDecimal target,

        @NotNull
        @Schema(
                description = "How often a period is reported; fixed once periods are recorded (409). It "
                        + "sets the measure's limit: 20 years of periods (1044 weekly, 240 monthly, 80 quarterly)")
        Frequency frequency,

        @Schema(description = "A goal of the same Trust whose aim this measure judges")
        UUID goalId,

        @Min(1) @Max(10) @Schema(description = "The challenge; taken from the goal when one is linked")
        Integer challengeNumber,

        @Valid @Schema(description = "For a rate: its observations give numerator and denominator")
        RatioFields ratio,

        @Schema(description = "TRUST or UNIT: who records the figures; fixed once periods are recorded (409)")
        RecordedBy recordedBy,

        @Schema(description = "For a UNIT measure: SUM, RATIO_OF_SUMS or NONE (see the create request)")
        Aggregation aggregation,

        @Size(max = 4) @Schema(description = "The breakdowns its figures are split by (see the create request)")
        List<Breakdown> breakdowns,

        @Valid SpcFields spc,
        @Valid RunChartFields runChart) {

    static MeasureUpdate from(Measure measure) {
        return new MeasureUpdate(
                measure.getName(),
                measure.getType(),
                measure.getDefinition(),
                measure.getUnit(),
                measure.getImprovementDirection(),
                Decimals.plain(measure.getTarget()),
                measure.getFrequency(),
                measure.getGoalId(),
                measure.getChallengeNumber(),
                RatioFields.from(measure.getRatio()),
                measure.getRecordedBy(),
                measure.getAggregation(),
                measure.getBreakdowns(),
                SpcFields.from(
                        measure.getSettings().spc(), measure.getSettings().chart()),
                RunChartFields.from(measure.getSettings().runChart()));
    }

    MeasureUpdate withChallengeNumber(Integer challenge) {
        return new MeasureUpdate(
                name,
                type,
                definition,
                unit,
                improvementDirection,
                target,
                frequency,
                goalId,
                challenge,
                ratio,
                recordedBy,
                aggregation,
                breakdowns,
                spc,
                runChart);
    }

    /** The analysis settings, defaults filled in for what the form leaves out. */
    AnalysisSettings settings() {
        return new AnalysisSettings(
                spc == null ? SpcSettings.DEFAULT : spc.toSettings(),
                runChart == null ? RunChartSettings.DEFAULT : runChart.toSettings(),
                spc == null ? SpcChart.XMR : spc.toChart());
    }
}
