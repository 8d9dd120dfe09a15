package org.imroc.tracker.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.action.ActionService;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;

public record VisitResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID trustId,
        LocalDate visitedOn,
        VisitType type,
        VisitStatus status,
        UUID consultantId,
        List<AttendeeItem> attendees,
        List<Integer> challengesDiscussed,
        String summary,

        @Schema(description = "The unit of the Trust visited; null for the Trust as a whole")
        UUID unitId,

        @Schema(description = "Actions of the Trust agreed at this visit", maxItems = ActionService.MAX_PER_VISIT)
        List<UUID> actionIds,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    static VisitResponse from(Visit visit, List<UUID> actionIds) {
        VisitUpdate form = VisitUpdate.from(visit);
        return new VisitResponse(
                visit.getId(),
                visit.getTrustId(),
                visit.getVisitedOn(),
                visit.getType(),
                visit.getStatus(),
                visit.getConsultantId(),
                form.attendees(),
                form.challengesDiscussed(),
                visit.getSummary(),
                visit.getUnitId(),
                actionIds,
                visit.getVersion(),
                visit.getCreatedAt(),
                visit.getUpdatedAt());
    }
}
