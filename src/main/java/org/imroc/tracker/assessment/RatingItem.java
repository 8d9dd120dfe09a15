package org.imroc.tracker.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.challenge.Stage;

public record RatingItem(
        @NotNull @Min(1) @Max(10) Integer challengeNumber,
        @NotNull Stage stage,
        @Size(max = 4000) String evidence,

        @Min(1) @Max(3) @Schema(description = "Rank among the top three priorities (TRIP), 1–3")
        Integer priority) {

    static RatingItem from(Rating rating) {
        return new RatingItem(
                rating.getChallengeNumber(), rating.getStage(), rating.getEvidence(), rating.getPriority());
    }

    Rating toRating() {
        return new Rating(challengeNumber, stage, evidence, priority);
    }
}
