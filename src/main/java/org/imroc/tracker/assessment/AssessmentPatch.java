package org.imroc.tracker.assessment;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of an assessment merge patch (drafts only); ratings are replaced as a whole. */
@Schema(description = "JSON Merge Patch of a draft assessment: send only the fields to change; ratings replace all")
public record AssessmentPatch(
        LocalDate assessedOn,
        AssessmentKind kind,
        AssessmentContext context,
        UUID visitId,
        @Size(max = 10) List<RatingItem> ratings) {
}
