package org.imroc.tracker.visit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An action agreed during a visit; it becomes an OPEN action of the Trust's plan, linked to the visit. */
public record AgreedActionDraft(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate dueOn,
        @Schema(description = "A goal of the same Trust") UUID goalId,
        @Schema(description = "A cycle of the same Trust") UUID cycleId,
        @Min(1) @Max(10) Integer challengeNumber) {}
