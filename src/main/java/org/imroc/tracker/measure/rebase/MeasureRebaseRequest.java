package org.imroc.tracker.measure.rebase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a rebase: from which period the limits are recalculated, why, and the cycle whose change it was. */
public record MeasureRebaseRequest(
        @NotBlank
        @Size(max = 8)
        @Schema(
                description = "The first period of the new limits, of the measure's frequency: YYYY-MM (monthly), "
                        + "YYYY-Www (weekly, ISO) or YYYY-Qn (quarterly); after the series' first period",
                examples = "2024-04",
                required = true)
        String period,

        @Schema(description = "The PDSA cycle (of the measure's goal) whose adopted change is why; optional")
        UUID cycleId,

        @NotBlank
        @Size(max = MeasureRebase.MAX_REASON)
        @Schema(
                description = "Why the process changed here (required, with or without a cycle)",
                examples = "No Force First adopted on every ward",
                required = true)
        String reason) {}
