package org.imroc.tracker.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.challenge.Stage;

/** Where a Trust stands on each of the 10 challenges, from its agreed assessments. */
public record ChallengeProfileResponse(UUID trustId, List<ChallengeProgress> challenges) {

    /** One challenge: baseline and current stage, the change in levels, the priority, and the history. */
    public record ChallengeProgress(
            int challengeNumber,
            String code,
            String title,
            @Schema(description = "From the agreed BASELINE assessment; null without one") Stage baselineStage,
            @Schema(description = "From the latest agreed assessment; null without one") Stage currentStage,
            LocalDate currentStageOn,
            @Schema(description = "Levels gained since baseline (ENGAGEMENT → TRANSFORMATION is 2); null when either is missing")
            Integer change,
            @Schema(description = "Priority rank 1–3 in the latest agreed assessment") Integer priority,
            List<HistoryEntry> history) {
    }

    /** The stage one agreed assessment gave the challenge. */
    public record HistoryEntry(UUID assessmentId, LocalDate assessedOn, AssessmentKind kind, Stage stage) {
    }
}
