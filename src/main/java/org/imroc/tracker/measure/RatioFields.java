package org.imroc.tracker.measure;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.json.Decimals;

/** The form of a rate: value = numerator ÷ denominator × multiplier. */
public record RatioFields(
        @NotNull
        @DecimalMin("0.000001")
        @DecimalMax("1000000")
        @Digits(integer = 7, fraction = 6)
        @Schema(examples = "1000")
        BigDecimal multiplier,

        @NotBlank @Size(max = 200) @Schema(examples = "Restraint episodes")
        String numeratorLabel,

        @NotBlank @Size(max = 200) @Schema(examples = "Occupied bed days")
        String denominatorLabel) {

    static RatioFields from(MeasureRatio ratio) {
        return ratio == null
                ? null
                : new RatioFields(Decimals.plain(ratio.multiplier()), ratio.numeratorLabel(), ratio.denominatorLabel());
    }

    MeasureRatio toRatio() {
        return new MeasureRatio(multiplier, numeratorLabel, denominatorLabel);
    }
}
