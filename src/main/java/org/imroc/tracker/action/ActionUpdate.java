package org.imroc.tracker.action;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editable form of an action, which a merge patch is applied to (status changes are transitions). */
public record ActionUpdate(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate dueOn,

        @Size(max = 2000) @Schema(description = "Only while BLOCKED")
        String blockedReason,

        UUID goalId,
        UUID cycleId,
        @Min(1) @Max(10) Integer challengeNumber,
        UUID visitId,

        @Schema(
                description = "The unit of the Trust it belongs to: an open unit of the same Trust, or the unit it is "
                        + "on even if closed since; null for none")
        UUID unitId) {

    static ActionUpdate from(Action action) {
        return new ActionUpdate(
                action.getTitle(),
                action.getDescription(),
                action.getOwner(),
                action.getDueOn(),
                action.getBlockedReason(),
                action.getGoalId(),
                action.getCycleId(),
                action.getChallengeNumber(),
                action.getVisitId(),
                action.getUnitId());
    }
}
