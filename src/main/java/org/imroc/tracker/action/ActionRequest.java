package org.imroc.tracker.action;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new action. Its status starts OPEN unless given; later changes of status are transitions. */
public record ActionRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate dueOn,
        @Schema(description = "Defaults to OPEN") ActionStatus status,

        @Size(max = 2000) @Schema(description = "Required when status is BLOCKED")
        String blockedReason,

        @Schema(description = "A goal of the same Trust") UUID goalId,

        @Schema(description = "A cycle of the same Trust (and of the goal, if both are given)")
        UUID cycleId,

        @Min(1) @Max(10) @Schema(description = "Taken from the goal when one is linked")
        Integer challengeNumber,

        @Schema(description = "The site visit (same Trust) where the action was agreed")
        UUID visitId,

        @Schema(
                description =
                        "The unit of the Trust it belongs to (a site, service, ward or team): an open unit of the same Trust")
        UUID unitId) {}
