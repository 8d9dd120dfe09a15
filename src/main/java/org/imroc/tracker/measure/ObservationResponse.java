package org.imroc.tracker.measure;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;
import org.imroc.tracker.common.json.Decimals;

public record ObservationResponse(
        @Schema(required = true) UUID id,
        UUID measureId,
        @Schema(required = true) UUID trustId,

        @Schema(description = "The unit whose figure it is; null for the Trust's own figure")
        UUID unitId,

        @Schema(maxLength = 8, examples = "2024-03") String period,
        @Schema(description = "The first day of the period") LocalDate periodStart,

        @Schema(description = "For a rate: numerator ÷ denominator × multiplier")
        BigDecimal value,

        BigDecimal numerator,
        BigDecimal denominator,

        @Schema(maxLength = 500, description = "As recorded")
        String annotation,

        @Schema(
                description = "What the goal's PDSA cycles did in this period (a Do phase started, a review), "
                        + "e.g. \"PDSA 2 started: Safety huddles\"; empty for a measure without a goal",
                maxItems = 1000)
        List<@Size(max = 300) String> cycleEvents,

        @Schema(required = true) boolean rebase,
        @Schema(maxLength = 200) String recordedBy,
        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    static ObservationResponse from(Observation o, Map<String, List<String>> cycleEvents) {
        return new ObservationResponse(
                o.getId(),
                o.getMeasureId(),
                o.getTrustId(),
                o.getUnitId(),
                o.getPeriod(),
                o.getPeriodStart(),
                Decimals.plain(o.getValue()),
                Decimals.plain(o.getNumerator()),
                Decimals.plain(o.getDenominator()),
                o.getAnnotation(),
                cycleEvents.getOrDefault(o.getPeriod(), List.of()),
                o.isRebase(),
                o.getRecordedBy(),
                o.getVersion(),
                o.getCreatedAt(),
                o.getUpdatedAt());
    }
}
