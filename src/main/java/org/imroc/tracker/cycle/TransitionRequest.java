package org.imroc.tracker.cycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TransitionRequest(
        @NotNull @Schema(description = "DO, STUDY or CANCELLED (ACT is reached by recording the review)")
        CyclePhase to,

        @Size(max = 2000) @Schema(description = "Why the cycle is cancelled (required for CANCELLED)")
        String reason) {}
