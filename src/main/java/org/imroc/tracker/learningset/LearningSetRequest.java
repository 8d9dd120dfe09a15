package org.imroc.tracker.learningset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learning set as a consultant or administrator sets it up (members join afterwards). */
public record LearningSetRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "No Force First: North West")
        String name,

        @Size(max = 4000) String purpose,
        @NotNull LearningSetKind kind,

        @Size(max = 10) @Schema(description = "Challenge numbers the set works on")
        List<@NotNull @Min(1) @Max(10) Integer> focusChallenges,

        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @Schema(description = "Defaults to PLANNED") LearningSetStatus status,

        @Size(max = 20)
        @Schema(
                description = "Consultants or administrators who run it; a consultant creating a set "
                        + "facilitates it (defaults to the caller)")
        List<@NotNull UUID> facilitatorIds,

        @Size(max = 20) @Schema(description = "Measure templates every member reports (GET /api/v1/measure-templates)")
        List<@NotNull @Size(max = 50) @Pattern(regexp = "^[a-z0-9-]+$") String> measureTemplateCodes) {

    public LearningSetRequest {
        focusChallenges = focusChallenges == null ? List.of() : List.copyOf(focusChallenges);
        facilitatorIds = facilitatorIds == null ? List.of() : List.copyOf(facilitatorIds);
        measureTemplateCodes = measureTemplateCodes == null ? List.of() : List.copyOf(measureTemplateCodes);
    }

    LearningSetUpdate form() {
        return new LearningSetUpdate(
                name, purpose, kind, focusChallenges, startsOn, endsOn, facilitatorIds, measureTemplateCodes);
    }
}
