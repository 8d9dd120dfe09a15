package org.imroc.tracker.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.imroc.tracker.measure.spc.VariationIcon;

public record MeasureResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID trustId,
        UUID goalId,
        Integer challengeNumber,

        @Schema(description = "The template it was made from, if any")
        String templateCode,

        String name,
        MeasureType type,
        String definition,
        String unit,
        ImprovementDirection improvementDirection,
        BigDecimal target,
        Frequency frequency,
        @Schema(description = "For a rate; null otherwise") RatioFields ratio,

        @Schema(description = "TRUST: the Trust records one figure per period; UNIT: each unit records its own")
        RecordedBy recordedBy,

        @Schema(description = "For a UNIT measure, how its units' figures make the Trust's; null for TRUST")
        Aggregation aggregation,

        @Schema(description = "The breakdowns its figures are split by; empty for none", maxItems = 4)
        List<Breakdown> breakdowns,

        SpcFields spc,
        RunChartFields runChart,

        @Schema(description = "What a board's summary shows: latest value and the SPC icons")
        SummaryFields summary,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    /** The summary of the measure's series. */
    public record SummaryFields(
            @Schema(minimum = "0", maximum = "100000", required = true)
            int points,

            @Schema(maxLength = 8) String latestPeriod,
            BigDecimal latestValue,
            VariationIcon variationIcon,

            @Schema(description = "Null without a target or with a NEUTRAL direction")
            AssuranceIcon assuranceIcon,

            @Schema(description = "The latest limits rest on fewer than 13 points")
            Boolean limitsAreTrial) {}

    static MeasureResponse from(Measure measure) {
        MeasureSummary s = measure.getSummary();
        return new MeasureResponse(
                measure.getId(),
                measure.getTrustId(),
                measure.getGoalId(),
                measure.getChallengeNumber(),
                measure.getTemplateCode(),
                measure.getName(),
                measure.getType(),
                measure.getDefinition(),
                measure.getUnit(),
                measure.getImprovementDirection(),
                Decimals.plain(measure.getTarget()),
                measure.getFrequency(),
                RatioFields.from(measure.getRatio()),
                measure.getRecordedBy(),
                measure.getAggregation(),
                measure.getBreakdowns(),
                SpcFields.from(
                        measure.getSettings().spc(), measure.getSettings().chart()),
                RunChartFields.from(measure.getSettings().runChart()),
                new SummaryFields(
                        s.points(),
                        s.latestPeriod(),
                        Decimals.plain(s.latestValue()),
                        s.variationIcon(),
                        s.assuranceIcon(),
                        s.trialLimits()),
                measure.getVersion(),
                measure.getCreatedAt(),
                measure.getUpdatedAt());
    }
}
