package org.imroc.tracker.measure.rebase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;

/** A rebase of a measure's limits, as the API shows it. */
public record MeasureRebaseResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID measureId,
        @Schema(required = true) UUID trustId,

        @Schema(maxLength = 8, examples = "2024-04", required = true)
        String period,

        @Schema(description = "The first day of the period") LocalDate periodStart,

        @Schema(description = "The PDSA cycle whose adopted change is why; null for none")
        UUID cycleId,

        @Schema(maxLength = 200, description = "That cycle's title; null for none")
        String cycleTitle,

        @Schema(maxLength = MeasureRebase.MAX_REASON, required = true)
        String reason,

        @Schema(maxLength = 200) String createdBy,
        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    static MeasureRebaseResponse from(MeasureRebase rebase, String cycleTitle) {
        return new MeasureRebaseResponse(
                rebase.getId(),
                rebase.getMeasureId(),
                rebase.getTrustId(),
                rebase.getPeriod(),
                rebase.getPeriodStart(),
                rebase.getCycleId(),
                cycleTitle,
                rebase.getReason(),
                rebase.getCreatedBy(),
                rebase.getVersion(),
                rebase.getCreatedAt(),
                rebase.getUpdatedAt());
    }
}
