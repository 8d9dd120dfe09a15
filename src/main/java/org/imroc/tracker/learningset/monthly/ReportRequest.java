package org.imroc.tracker.learningset.monthly;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member Trust's monthly report, as its own people start it (a DRAFT). */
public record ReportRequest(
        @NotNull UUID trustId,

        @NotNull
        @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$")
        @Schema(description = "The month reported on, YYYY-MM", examples = "2026-10", maxLength = 7)
        String period,

        @Valid ReportNarrative narrative,

        @DecimalMin("1.0")
        @DecimalMax("5.0")
        @Digits(integer = 1, fraction = 1)
        @Schema(description = "The team's own score on the IHI assessment scale, 1.0 to 5.0 in steps of 0.5")
        BigDecimal selfScore,

        @Size(max = 20) List<@Valid @NotNull MeasureValueItem> measureValues) {

    public ReportRequest {
        narrative = narrative == null ? ReportNarrative.EMPTY : narrative;
        measureValues = measureValues == null ? List.of() : List.copyOf(measureValues);
    }
}
