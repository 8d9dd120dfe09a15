package org.imroc.tracker.goal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editable form of a goal, which a merge patch is applied to; the status changes through
 * POST /api/v1/goals/{goalId}/transitions.
 */
public record GoalUpdate(
        @NotNull @Min(1) @Max(10) @Schema(description = "The challenge (1–10) the goal belongs to")
        Integer challengeNumber,

        @NotBlank @Size(max = 200) String title,

        @NotBlank @Size(max = 2000) @Schema(description = "What will improve, by how much, by when")
        String aimStatement,

        @Digits(integer = 15, fraction = 4) BigDecimal targetValue,
        @Size(max = 50) @Schema(examples = "posts (WTE)") String unit,
        @NotNull LocalDate targetDate,

        @Min(1) @Max(99) @Schema(description = "Rank among the Trust's priorities (the TRIP 'top three' are 1–3)")
        Integer priority,

        @Size(max = 200) String owner,

        @Schema(
                description =
                        "The unit of the Trust it belongs to: an open unit of the same Trust, or the unit it is on even if closed since; null for none")
        UUID unitId) {

    static GoalUpdate from(Goal goal) {
        return new GoalUpdate(
                goal.getChallengeNumber(),
                goal.getTitle(),
                goal.getAimStatement(),
                goal.getTargetValue(),
                goal.getUnit(),
                goal.getTargetDate(),
                goal.getPriority(),
                goal.getOwner(),
                goal.getUnitId());
    }
}
