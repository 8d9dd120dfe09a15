package org.imroc.tracker.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.imroc.tracker.challenge.Stage;

/** One rating of an agreed assessment, flattened for the challenge profile and the progress roll-ups. */
public record AgreedRating(UUID trustId, UUID assessmentId, LocalDate assessedOn, AssessmentKind kind,
        AssessmentContext context, int challengeNumber, Stage stage, Integer priority) {
}
