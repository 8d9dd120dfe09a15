package org.imroc.tracker.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;
import org.imroc.tracker.common.json.Decimals;

public record GoalResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID trustId,
        @Schema(required = true) int challengeNumber,
        String title,
        String aimStatement,
        BigDecimal targetValue,
        String unit,
        LocalDate targetDate,
        Integer priority,
        String owner,
        GoalStatus status,

        @Schema(description = "The unit of the Trust it belongs to; null for the Trust as a whole")
        UUID unitId,

        @Schema(description = "The latest IHI progress score (0.5–5.0), null until one is recorded")
        BigDecimal latestScore,

        @Schema(description = "When the latest score was recorded")
        Instant latestScoreAt,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    static GoalResponse from(Goal goal) {
        return new GoalResponse(
                goal.getId(),
                goal.getTrustId(),
                goal.getChallengeNumber(),
                goal.getTitle(),
                goal.getAimStatement(),
                Decimals.plain(goal.getTargetValue()),
                goal.getUnit(),
                goal.getTargetDate(),
                goal.getPriority(),
                goal.getOwner(),
                goal.getStatus(),
                goal.getUnitId(),
                goal.getLatestScore(),
                goal.getLatestScoreAt(),
                goal.getVersion(),
                goal.getCreatedAt(),
                goal.getUpdatedAt());
    }
}
