package org.imroc.tracker.measure;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.measure.breakdown.Parts;

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

        @Schema(
                description = "The figure split by the measure's breakdowns, as recorded (ETHNIC_GROUP is not repeated "
                        + "when derived from ETHNIC_CATEGORY); empty for none",
                maxProperties = 4)
        Map<@Size(max = 20) String, @Size(max = 20) List<PartFigures>> parts,

        @Schema(required = true) boolean rebase,
        @Schema(maxLength = 200) String recordedBy,
        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    /** One part as recorded: a rate's numerator and denominator, or a plain measure's value. */
    @Schema(name = "ObservationPartFigures")
    public record PartFigures(
            @Schema(maxLength = 20, examples = "BLACK") String code,
            @Schema(maxLength = 100, examples = "Black") String label,
            @Schema(description = "For a plain measure") BigDecimal value,
            @Schema(description = "For a rate") BigDecimal numerator,
            @Schema(description = "For a rate") BigDecimal denominator) {}

    static Map<String, List<PartFigures>> parts(Parts parts) {
        Map<String, List<PartFigures>> shown = new LinkedHashMap<>();
        parts.asMap()
                .forEach((breakdown, list) -> shown.put(
                        breakdown.name(),
                        list.stream()
                                .map(p -> new PartFigures(
                                        p.code(),
                                        breakdown.isKnown(p.code()) ? breakdown.label(p.code()) : null,
                                        p.denominator() == null ? Decimals.plain(p.numerator()) : null,
                                        p.denominator() == null ? null : Decimals.plain(p.numerator()),
                                        Decimals.plain(p.denominator())))
                                .toList()));
        return shown;
    }

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
                parts(o.getParts()),
                o.isRebase(),
                o.getRecordedBy(),
                o.getVersion(),
                o.getCreatedAt(),
                o.getUpdatedAt());
    }
}
