package org.imroc.tracker.goal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;

public record ProgressScoreResponse(
        @Schema(required = true) UUID id,
        UUID goalId,
        @Schema(required = true) UUID trustId,
        BigDecimal score,
        String note,
        @Schema(maxLength = 200) String recordedBy,
        Instant recordedAt)
        implements Identified, TrustOwned {

    static ProgressScoreResponse from(ProgressScore score) {
        return new ProgressScoreResponse(
                score.getId(),
                score.getGoalId(),
                score.getTrustId(),
                score.getScore(),
                score.getNote(),
                score.getRecordedBy(),
                score.getRecordedAt());
    }

    /** A score is never changed, so it is always at its first version. */
    @Override
    @JsonIgnore
    public long version() {
        return 0;
    }
}
