package org.imroc.tracker.assessment;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AssessmentTransitionRequest(
        @NotNull @Schema(description = "AGREED: needs all 10 challenges rated and distinct priority ranks")
        AssessmentStatus to) {}
