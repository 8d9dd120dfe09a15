package org.imroc.tracker.rollup;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.challenge.Stage;
import org.imroc.tracker.trust.TrustStatus;

/** One Trust's headline figures in the programme overview. */
public record ProgrammeRowResponse(
        UUID trustId,
        @Schema(maxLength = 200) String name,
        @Schema(maxLength = 5, pattern = "^[A-Z0-9]{3,5}$") String odsCode,
        TrustStatus status,
        @Schema(maxLength = 100) String region,
        @Schema(required = true) long activeGoals,

        @Schema(description = "Cycles in PLAN, DO or STUDY", required = true)
        long cyclesInProgress,

        @Schema(description = "Actions OPEN, IN_PROGRESS or BLOCKED", required = true)
        long openActions,

        @Schema(required = true) long overdueActions,
        java.time.LocalDate lastVisitOn,

        @Schema(description = "Measures defined", required = true)
        long measures,

        @Schema(description = "Measures whose latest point is special-cause improvement", required = true)
        long measuresImproving,

        @Schema(description = "Measures whose latest point is special-cause concern", required = true)
        long measuresOfConcern,

        @Schema(
                description = "Current stage of each challenge, 1 to 10 in order (null where none is agreed)",
                maxItems = 10)
        List<Stage> stages) {}
