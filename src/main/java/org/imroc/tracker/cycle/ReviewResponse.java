package org.imroc.tracker.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;

public record ReviewResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID trustId,
        UUID cycleId,
        LocalDate reviewedOn,
        List<String> reviewers,
        List<ResultItem> results,
        PredictionMatch matchedPredictions,
        String summary,
        ReviewDecision decision,
        String nextSteps,

        @Schema(description = "The follow-up cycle planned by an ADAPT decision; null otherwise")
        UUID nextCycleId,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    static ReviewResponse from(CycleReview review) {
        ReviewRequest form = ReviewRequest.from(review);
        return new ReviewResponse(
                review.getId(),
                review.getTrustId(),
                review.getCycleId(),
                review.getReviewedOn(),
                form.reviewers(),
                form.results(),
                review.getMatchedPredictions(),
                review.getSummary(),
                review.getDecision(),
                review.getNextSteps(),
                review.getNextCycleId(),
                review.getVersion(),
                review.getCreatedAt(),
                review.getUpdatedAt());
    }
}
