package org.imroc.tracker.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record ProgressScoreResponse(
        UUID id,
        UUID goalId,
        UUID trustId,
        BigDecimal score,
        String note,
        String recordedBy,
        Instant recordedAt) {

    static ProgressScoreResponse from(ProgressScore score) {
        return new ProgressScoreResponse(score.getId(), score.getGoalId(), score.getTrustId(), score.getScore(),
                score.getNote(), score.getRecordedBy(), score.getRecordedAt());
    }
}
