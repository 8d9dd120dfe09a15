package org.imroc.tracker.cycle;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of a review merge patch; the decision cannot change (409). */
@Schema(description = "JSON Merge Patch of a review: send only the fields to change; the decision is fixed")
public record ReviewPatch(
        LocalDate reviewedOn,
        @Size(max = 20) List<String> reviewers,
        @Size(max = 10) List<ResultItem> results,
        PredictionMatch matchedPredictions,
        @Size(max = 4000) String summary,
        ReviewDecision decision,
        @Size(max = 4000) String nextSteps) {
}
