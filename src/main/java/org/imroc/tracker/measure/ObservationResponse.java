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
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.breakdown.Part;
import org.imroc.tracker.measure.breakdown.Parts;
import org.imroc.tracker.measure.groups.DisclosedFigure;

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

        @Schema(
                description = "true: a count of the total (numerator, denominator, or a plain measure's value) is "
                        + "hidden by small-number suppression and is null, with the value computed from it; only for "
                        + "a PUBLIC integration key reading a measure with breakdowns",
                required = true)
        boolean suppressed,

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

        @Schema(
                description = "Left out of the chart's centre line and limits on purpose (drawn hollow, with the "
                        + "reason; still classified against the limits)",
                required = true)
        boolean excluded,

        @Schema(description = "Why it is excluded; null when it is not", maxLength = 500)
        String exclusionReason,

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
            @Schema(description = "For a rate") BigDecimal denominator,

            @Schema(
                    description = "true: a count of this part is hidden by small-number suppression and is null "
                            + "(PUBLIC integration keys only)",
                    required = true)
            boolean suppressed) {}

    /** The parts as recorded, or as {@code shown} says they may be shown (null: raw). */
    static Map<String, List<PartFigures>> parts(Parts parts, DisclosedFigure shown) {
        Map<String, List<PartFigures>> out = new LinkedHashMap<>();
        parts.asMap()
                .forEach((breakdown, list) -> out.put(
                        breakdown.name(),
                        list.stream().map(p -> part(breakdown, p, shown)).toList()));
        return out;
    }

    private static PartFigures part(Breakdown breakdown, Part p, DisclosedFigure shown) {
        BigDecimal numerator = Decimals.plain(p.numerator());
        BigDecimal denominator = Decimals.plain(p.denominator());
        boolean suppressed = false;
        if (shown != null) {
            numerator = shown.numerator(breakdown, p.code()).value();
            denominator = p.denominator() == null
                    ? null
                    : shown.denominator(breakdown, p.code()).value();
            suppressed = shown.partSuppressed(breakdown, p.code());
        }
        return new PartFigures(
                p.code(),
                breakdown.isKnown(p.code()) ? breakdown.label(p.code()) : null,
                p.denominator() == null ? numerator : null,
                p.denominator() == null ? null : numerator,
                denominator,
                suppressed);
    }

    static ObservationResponse from(Observation o, Map<String, List<String>> cycleEvents) {
        return from(o, cycleEvents, null);
    }

    /**
     * The observation as the caller may see it: raw when {@code shown} is null, else with every count that
     * small-number suppression hides as null (and the total's value, when computed from a hidden count).
     */
    static ObservationResponse from(Observation o, Map<String, List<String>> cycleEvents, DisclosedFigure shown) {
        BigDecimal value = Decimals.plain(o.getValue());
        BigDecimal numerator = Decimals.plain(o.getNumerator());
        BigDecimal denominator = Decimals.plain(o.getDenominator());
        boolean suppressed = false;
        if (shown != null) {
            suppressed = shown.totalSuppressed();
            if (o.getNumerator() == null && o.getDenominator() == null) {
                value = shown.numerator().value();
            } else {
                numerator = o.getNumerator() == null ? null : shown.numerator().value();
                denominator =
                        o.getDenominator() == null ? null : shown.denominator().value();
                value = suppressed ? null : value;
            }
        }
        return new ObservationResponse(
                o.getId(),
                o.getMeasureId(),
                o.getTrustId(),
                o.getUnitId(),
                o.getPeriod(),
                o.getPeriodStart(),
                value,
                numerator,
                denominator,
                suppressed,
                o.getAnnotation(),
                cycleEvents.getOrDefault(o.getPeriod(), List.of()),
                parts(o.getParts(), shown),
                o.isRebase(),
                o.isExcluded(),
                o.getExclusionReason(),
                o.getRecordedBy(),
                o.getVersion(),
                o.getCreatedAt(),
                o.getUpdatedAt());
    }
}
