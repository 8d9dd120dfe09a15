package org.imroc.tracker.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;

public record ActionResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID trustId,
        UUID goalId,
        UUID cycleId,
        Integer challengeNumber,

        @Schema(description = "The site visit where it was agreed")
        UUID visitId,

        @Schema(description = "The learning-set session where the Trust committed to it (read-only)")
        UUID sessionId,

        @Schema(description = "The unit of the Trust it belongs to; null for the Trust as a whole")
        UUID unitId,

        String title,
        String description,
        String owner,
        LocalDate dueOn,
        ActionStatus status,
        String blockedReason,

        @Schema(description = "Set by the server when the action is DONE")
        LocalDate completedOn,

        @Schema(description = "Due date passed (Europe/London) and not DONE or CANCELLED", required = true)
        boolean overdue,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    static ActionResponse from(Action action, LocalDate today) {
        return new ActionResponse(
                action.getId(),
                action.getTrustId(),
                action.getGoalId(),
                action.getCycleId(),
                action.getChallengeNumber(),
                action.getVisitId(),
                action.getSessionId(),
                action.getUnitId(),
                action.getTitle(),
                action.getDescription(),
                action.getOwner(),
                action.getDueOn(),
                action.getStatus(),
                action.getBlockedReason(),
                action.getCompletedOn(),
                action.isOverdue(today),
                action.getVersion(),
                action.getCreatedAt(),
                action.getUpdatedAt());
    }
}
