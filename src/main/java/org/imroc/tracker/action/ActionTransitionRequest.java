package org.imroc.tracker.action;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ActionTransitionRequest(
        @NotNull ActionStatus to,

        @Size(max = 2000) @Schema(description = "Required when moving to BLOCKED")
        String blockedReason) {}
