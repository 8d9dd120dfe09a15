package org.imroc.tracker.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment as recorded (always a DRAFT at first), and the form a merge patch is applied to. */
public record AssessmentRequest(
        @NotNull LocalDate assessedOn,

        @NotNull @Schema(description = "Trust leads may record SELF assessments only")
        AssessmentKind kind,

        @NotNull AssessmentContext context,

        @Schema(description = "The site visit (same Trust) it was made at")
        UUID visitId,

        @Schema(
                description = "The team (or other unit of the same Trust) whose TRIP this is, rating the challenges "
                        + "for itself; none for the Trust's own assessment. A closed unit takes no new assessment")
        UUID unitId,

        @Size(max = 10) @Schema(description = "At most one rating per challenge")
        List<@Valid RatingItem> ratings) {

    public AssessmentRequest {
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
    }

    static AssessmentRequest from(Assessment assessment) {
        return new AssessmentRequest(
                assessment.getAssessedOn(),
                assessment.getKind(),
                assessment.getContext(),
                assessment.getVisitId(),
                assessment.getUnitId(),
                assessment.getRatings().stream().map(RatingItem::from).toList());
    }
}
