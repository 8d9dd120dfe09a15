package org.imroc.tracker.cycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cycle's review, and the form a merge patch is applied to (the decision cannot change). */
public record ReviewRequest(
        @NotNull LocalDate reviewedOn,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> reviewers,

        @Size(max = 10) @Schema(description = "For each plan question: outcome against the prediction, and learning")
        List<@Valid ResultItem> results,

        @NotNull PredictionMatch matchedPredictions,
        @Size(max = 4000) String summary,

        @NotNull @Schema(description = "ADAPT also plans the next cycle of the series")
        ReviewDecision decision,

        @Size(max = 4000) String nextSteps) {

    public ReviewRequest {
        results = results == null ? List.of() : List.copyOf(results);
    }

    static ReviewRequest from(CycleReview review) {
        return new ReviewRequest(
                review.getReviewedOn(),
                review.getReviewers(),
                review.getResults().stream()
                        .map(r -> new ResultItem(r.getQuestion(), r.getOutcome(), r.getLearning()))
                        .toList(),
                review.getMatchedPredictions(),
                review.getSummary(),
                review.getDecision(),
                review.getNextSteps());
    }

    List<ReviewResult> toResults() {
        return results.stream()
                .map(r -> new ReviewResult(r.question(), r.outcome(), r.learning()))
                .toList();
    }
}
