package org.imroc.tracker.learningset.monthly;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A facilitator's review: feedback to the Trust and the faculty's own score on the IHI assessment scale. */
public record ReportReviewRequest(
        @NotBlank @Size(max = 4000) String feedback,

        @NotNull
        @DecimalMin("1.0")
        @DecimalMax("5.0")
        @Digits(integer = 1, fraction = 1)
        @Schema(description = "1.0 to 5.0 in steps of 0.5")
        BigDecimal facultyScore) {}
