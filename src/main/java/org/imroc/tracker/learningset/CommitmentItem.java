package org.imroc.tracker.learningset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a member Trust agreed to try before the next session: made an action of that Trust's plan. */
public record CommitmentItem(
        @NotNull UUID trustId,

        @NotBlank @Size(max = 200) @Schema(examples = "Safety huddles on two acute wards")
        String title,

        @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate dueOn,

        @Min(1)
        @Max(10)
        @Schema(description = "The challenge it serves; defaults to the set's, when it has exactly one")
        Integer challengeNumber) {}
