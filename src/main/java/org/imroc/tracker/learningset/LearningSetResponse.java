package org.imroc.tracker.learningset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;

public record LearningSetResponse(
        @Schema(required = true) UUID id,
        String name,
        String purpose,
        LearningSetKind kind,
        @Schema(maxItems = 10) List<Integer> focusChallenges,
        LocalDate startsOn,
        LocalDate endsOn,
        LearningSetStatus status,
        @Schema(maxItems = 20) List<UUID> facilitatorIds,
        @Schema(maxItems = 20) List<String> measureTemplateCodes,

        @Schema(description = "Trusts that are members now", minimum = "0", maximum = "100", required = true)
        int memberCount,

        @Schema(
                description = "The caller runs this set (administrator or facilitator): it sees every member named",
                required = true)
        boolean managedByYou,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified {

    static LearningSetResponse from(LearningSet set, int memberCount, boolean managedByYou) {
        return new LearningSetResponse(
                set.getId(),
                set.getName(),
                set.getPurpose(),
                set.getKind(),
                set.getFocusChallenges(),
                set.getStartsOn(),
                set.getEndsOn(),
                set.getStatus(),
                set.getFacilitatorIds().stream().sorted().toList(),
                set.getMeasureTemplateCodes(),
                memberCount,
                managedByYou,
                set.getVersion(),
                set.getCreatedAt(),
                set.getUpdatedAt());
    }
}
