package org.imroc.tracker.cycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new cycle, in PLAN. The server numbers it in the goal's series. */
public record CycleRequest(
        @NotBlank @Size(max = 200) String title,

        @NotBlank @Size(max = 2000) @Schema(description = "The change being tested")
        String changeIdea,

        @NotNull CyclePurpose purpose,

        @Schema(description = "The cycle this one follows (same goal)")
        UUID previousCycleId,

        @Valid PlanFields plan,

        @Schema(
                description = "The unit of the Trust it belongs to: an open unit, the goal's unit or one below it; "
                        + "defaults to the goal's unit while that is open")
        UUID unitId) {

    public CycleRequest {
        plan = plan == null ? PlanFields.EMPTY : plan;
    }
}
