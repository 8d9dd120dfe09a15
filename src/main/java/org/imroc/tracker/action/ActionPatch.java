package org.imroc.tracker.action;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of an action merge patch; the status changes by POST /actions/{id}/transitions. */
@Schema(description = "JSON Merge Patch of an action: send only the fields to change; status changes are transitions")
public record ActionPatch(
        @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @Size(max = 200) String owner,
        LocalDate dueOn,
        @Size(max = 2000) @Schema(description = "Only while BLOCKED") String blockedReason,
        UUID goalId,
        UUID cycleId,
        @Min(1) @Max(10) Integer challengeNumber,
        UUID visitId) {
}
