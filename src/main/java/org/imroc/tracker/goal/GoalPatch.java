package org.imroc.tracker.goal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of a goal merge patch; the server applies it to {@link GoalRequest} and validates the result. */
@Schema(description = "JSON Merge Patch of a goal: send only the fields to change; null clears an optional field")
public record GoalPatch(
        @Min(1) @Max(10) Integer challengeNumber,
        @Size(max = 200) String title,
        @Size(max = 2000) String aimStatement,
        @Digits(integer = 15, fraction = 4) BigDecimal targetValue,
        @Size(max = 50) String unit,
        LocalDate targetDate,
        @Min(1) Integer priority,
        @Size(max = 200) String owner,
        GoalStatus status) {
}
