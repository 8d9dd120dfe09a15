package org.imroc.tracker.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;

public record AssessmentResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID trustId,
        LocalDate assessedOn,
        AssessmentKind kind,
        AssessmentContext context,
        UUID visitId,

        @Schema(description = "The unit whose TRIP this is; null for the Trust's own assessment")
        UUID unitId,

        AssessmentStatus status,
        List<RatingItem> ratings,
        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    static AssessmentResponse from(Assessment assessment) {
        return new AssessmentResponse(
                assessment.getId(),
                assessment.getTrustId(),
                assessment.getAssessedOn(),
                assessment.getKind(),
                assessment.getContext(),
                assessment.getVisitId(),
                assessment.getUnitId(),
                assessment.getStatus(),
                assessment.getRatings().stream().map(RatingItem::from).toList(),
                assessment.getVersion(),
                assessment.getCreatedAt(),
                assessment.getUpdatedAt());
    }
}
