package org.imroc.tracker.cycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;

public record CycleResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID trustId,
        UUID goalId,

        @Schema(
                description = "Its number in the goal's series, assigned by the server",
                minimum = "1",
                maximum = "2147483647",
                required = true)
        int sequence,

        UUID previousCycleId,

        @Schema(description = "The unit of the Trust it belongs to; null for the Trust as a whole")
        UUID unitId,

        String title,
        String changeIdea,
        CyclePurpose purpose,
        CyclePhase phase,

        @Schema(description = "Why it was cancelled (CANCELLED only)", maxLength = 2000)
        String cancelReason,

        PlanFields plan,
        @JsonProperty("do") DoFields doFields,
        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    static CycleResponse from(PdsaCycle cycle) {
        return new CycleResponse(
                cycle.getId(),
                cycle.getTrustId(),
                cycle.getGoalId(),
                cycle.getSequence(),
                cycle.getPreviousCycleId(),
                cycle.getUnitId(),
                cycle.getTitle(),
                cycle.getChangeIdea(),
                cycle.getPurpose(),
                cycle.getPhase(),
                cycle.getCancelReason(),
                PlanFields.from(cycle),
                DoFields.from(cycle),
                cycle.getVersion(),
                cycle.getCreatedAt(),
                cycle.getUpdatedAt());
    }
}
