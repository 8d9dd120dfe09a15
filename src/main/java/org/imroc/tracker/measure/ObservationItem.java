package org.imroc.tracker.measure;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
        Boolean rebase) {

    /** The same figures, on a unit. */
    ObservationItem onUnit(UUID unit) {
        return new ObservationItem(period, unit, value, numerator, denominator, annotation, rebase);
    }
}
