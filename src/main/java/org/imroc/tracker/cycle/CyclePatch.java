package org.imroc.tracker.cycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract of a cycle merge patch; the server applies it to {@link CycleUpdate} and validates the result. Plan
 * fields (changeIdea, purpose, plan) change only in PLAN, Do fields only in DO (else 409).
 */
@Schema(description = "JSON Merge Patch of a cycle: send only the fields to change; plan only in PLAN, do only in DO")
public record CyclePatch(
        @Size(max = 200) String title,
        @Size(max = 2000) String changeIdea,
        CyclePurpose purpose,
        PlanFields plan,
        @JsonProperty("do") DoFields doFields) {
}
