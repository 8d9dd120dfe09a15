package org.imroc.tracker.learningset.monthly;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A shared measure's figure for the month: recorded as an observation of the Trust's measure of the template. */
public record MeasureValueItem(
        @NotBlank @Size(max = 50) @Schema(examples = "restraint-rate")
        String templateCode,

        @Size(max = 8)
        @Schema(description = "Defaults to the report's period; give it for a weekly or quarterly measure")
        String period,

        @Digits(integer = 15, fraction = 6) BigDecimal value,

        @DecimalMin("0") @Digits(integer = 15, fraction = 6) @Schema(description = "For a rate")
        BigDecimal numerator,

        @DecimalMin("0") @Digits(integer = 15, fraction = 6) @Schema(description = "For a rate")
        BigDecimal denominator) {}
