package org.imroc.tracker.goal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProgressScoreRequest(
        @NotNull
        @DecimalMin("0.5")
        @DecimalMax("5.0")
        @Digits(integer = 1, fraction = 1)
        @Schema(
                description = "A point of the IHI progress scale: 0.5, 1.0, 1.5 … 5.0",
                enumeration = {"0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0"})
        BigDecimal score,

        @Size(max = 2000) @Schema(description = "Why this score")
        String note) {}
