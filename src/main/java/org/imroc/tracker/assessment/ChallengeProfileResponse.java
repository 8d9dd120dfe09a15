package org.imroc.tracker.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.challenge.Stage;

/**
 * Where a Trust stands on each of the 10 challenges, from its own agreed assessments; or, with a unit, where that
 * team stands from its agreed TRIP assessments.
 */
public record ChallengeProfileResponse(
        UUID trustId,

        @Schema(description = "The unit whose TRIP profile this is; null for the Trust's own profile")
        UUID unitId,

        @Schema(maxItems = 10) List<ChallengeProgress> challenges) {

    /** The most history entries a challenge shows: the latest ones. */
    public static final int MAX_HISTORY = 100;

    /** One challenge: baseline and current stage, the change in levels, the priority, and the history. */
    public record ChallengeProgress(
            @Schema(minimum = "1", maximum = "10", required = true)
            int challengeNumber,

            @Schema(maxLength = 50, pattern = "^[a-z-]+$") String code,
            @Schema(maxLength = 300) String title,

            @Schema(description = "From the agreed BASELINE assessment; null without one")
            Stage baselineStage,

            @Schema(description = "From the latest agreed assessment; null without one")
            Stage currentStage,

            LocalDate currentStageOn,

            @Schema(
                    description =
                            "Levels gained since baseline (ENGAGEMENT → TRANSFORMATION is 2); null when either is missing",
                    minimum = "-3",
                    maximum = "3")
            Integer change,

            @Schema(description = "Priority rank 1–3 in the latest agreed assessment", minimum = "1", maximum = "3")
            Integer priority,

            @Schema(
                    description = "The agreed assessments, oldest first (the latest " + MAX_HISTORY + ")",
                    maxItems = MAX_HISTORY)
            List<HistoryEntry> history) {}

    /** The stage one agreed assessment gave the challenge. */
    public record HistoryEntry(UUID assessmentId, LocalDate assessedOn, AssessmentKind kind, Stage stage) {}
}
