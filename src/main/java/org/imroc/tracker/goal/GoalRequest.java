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

/** A goal as a client creates it (its later form, without the status, is {@link GoalUpdate}). */
public record GoalRequest(
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
        @Schema(description = "Defaults to ACTIVE") GoalStatus status,

        @Schema(
                description =
                        "The unit of the Trust it belongs to (a site, service, ward or team): an open unit of the same Trust")
        UUID unitId) {

    GoalUpdate form() {
        return new GoalUpdate(
                challengeNumber, title, aimStatement, targetValue, unit, targetDate, priority, owner, unitId);
    }
}
