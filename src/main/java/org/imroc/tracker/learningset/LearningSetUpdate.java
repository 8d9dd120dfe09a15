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

/**
 * The editable form of a set, which a merge patch is applied to. Members join and leave through
 * {@code …/members}; a template added to {@code measureTemplateCodes} gives every current member its measure; the
 * status changes through {@code POST /api/v1/learning-sets/{setId}/transitions}.
 */
public record LearningSetUpdate(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String purpose,
        @NotNull LearningSetKind kind,
        @Size(max = 10) List<@NotNull @Min(1) @Max(10) Integer> focusChallenges,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @Size(max = 20) List<@NotNull UUID> facilitatorIds,
        @Size(max = 20) List<@NotNull @Size(max = 50) @Pattern(regexp = "^[a-z0-9-]+$") String> measureTemplateCodes) {

    public LearningSetUpdate {
        focusChallenges = focusChallenges == null ? List.of() : List.copyOf(focusChallenges);
        facilitatorIds = facilitatorIds == null ? List.of() : List.copyOf(facilitatorIds);
        measureTemplateCodes = measureTemplateCodes == null ? List.of() : List.copyOf(measureTemplateCodes);
    }

    static LearningSetUpdate from(LearningSet set) {
        return new LearningSetUpdate(
                set.getName(),
                set.getPurpose(),
                set.getKind(),
                set.getFocusChallenges(),
                set.getStartsOn(),
                set.getEndsOn(),
                set.getFacilitatorIds().stream().sorted().toList(),
                set.getMeasureTemplateCodes());
    }
}
