package org.imroc.tracker.measure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period's figures as recorded: a value, or for a rate its numerator and denominator. */
public record ObservationItem(
        @NotBlank
        @Size(max = 8)
        @Schema(
                description = "YYYY-MM (monthly), YYYY-Www (weekly, ISO), YYYY-Qn (quarterly)",
                examples = "2024-03",
                pattern = "^\\d{4}-(\\d{2}|W\\d{2}|Q\\d)$")
        String period,

        @Schema(
                description = "For a measure recorded by UNIT: the unit whose figure it is (one of the Trust's open "
                        + "units); left out for a measure recorded by TRUST")
        UUID unitId,

        @Digits(integer = 15, fraction = 6) @Schema(description = "The period's value (not for a rate)")
        BigDecimal value,

        @DecimalMin("0") @Digits(integer = 15, fraction = 6) @Schema(description = "For a rate")
        BigDecimal numerator,

        @DecimalMin("0") @Digits(integer = 15, fraction = 6) @Schema(description = "For a rate")
        BigDecimal denominator,

        @Size(max = 500) @Schema(examples = "PDSA 2 started")
        String annotation,

        @Schema(description = "A new set of limits starts from this period (the process changed)")
        Boolean rebase,

        @Schema(
                maxProperties = 4,
                description = "For a measure with breakdowns: the figure split by each breakdown (GET /breakdowns), "
                        + "keyed by breakdown. Each breakdown's parts, the not-recorded codes included, add up exactly "
                        + "to the figure (numerators and denominators separately), else 422 naming the period, the "
                        + "breakdown and the difference. A breakdown may be left out",
                examples = "{\"ETHNIC_GROUP\":[{\"code\":\"BLACK\",\"numerator\":6,\"denominator\":410},"
                        + "{\"code\":\"WHITE\",\"numerator\":8,\"denominator\":2610}]}")
        Map<@Size(max = 20) String, @Size(max = 20) List<@Valid @NotNull PartItem>> parts,

        @Schema(
                description = "Leave this figure out of the chart's centre line and limits (a data-quality problem, a "
                        + "known one-off): it stays on the chart, drawn hollow with its reason, and is still "
                        + "classified against the limits; exclusionReason is then required. Default false")
        Boolean excluded,

        @Size(max = 500)
        @Schema(
                description = "Why the figure is excluded; only with excluded true",
                examples = "Bed days miscounted " + "during the move to the new ward")
        String exclusionReason) {

    /** Figures with parts, not excluded. */
    public ObservationItem(
            String period,
            UUID unitId,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String annotation,
            Boolean rebase,
            Map<String, List<PartItem>> parts) {
        this(period, unitId, value, numerator, denominator, annotation, rebase, parts, null, null);
    }

    /** The figures without parts (a measure without breakdowns, or parts left out). */
    public ObservationItem(
            String period,
            UUID unitId,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String annotation,
            Boolean rebase) {
        this(period, unitId, value, numerator, denominator, annotation, rebase, null);
    }

    /** The same figures, on a unit. */
    ObservationItem onUnit(UUID unit) {
        return new ObservationItem(
                period, unit, value, numerator, denominator, annotation, rebase, parts, excluded, exclusionReason);
    }

    /** The same figures with these parts. */
    ObservationItem withParts(Map<String, List<PartItem>> given) {
        return new ObservationItem(
                period, unitId, value, numerator, denominator, annotation, rebase, given, excluded, exclusionReason);
    }

    /** One part of a figure: the people with one code of a breakdown. */
    @Schema(name = "ObservationPart")
    public record PartItem(
            @NotBlank @Size(max = 20) @Schema(description = "A code of the breakdown", examples = "BLACK")
            String code,

            @DecimalMin("0") @Digits(integer = 15, fraction = 6) @Schema(description = "For a plain measure")
            BigDecimal value,

            @DecimalMin("0") @Digits(integer = 15, fraction = 6) @Schema(description = "For a rate")
            BigDecimal numerator,

            @DecimalMin("0") @Digits(integer = 15, fraction = 6) @Schema(description = "For a rate")
            BigDecimal denominator) {}
}
