package org.imroc.tracker.cycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editable form of a cycle, which a merge patch is applied to. */
public record CycleUpdate(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String changeIdea,
        @NotNull CyclePurpose purpose,
        @Valid PlanFields plan,
        @Valid @JsonProperty("do") DoFields doFields,

        @Schema(
                description = "The unit of the Trust it belongs to: an open unit, the goal's unit or one below it "
                        + "(or the unit it is on, even if closed since); null for none")
        UUID unitId) {

    public CycleUpdate {
        plan = plan == null ? PlanFields.EMPTY : plan;
        doFields = doFields == null ? DoFields.EMPTY : doFields;
    }

    static CycleUpdate from(PdsaCycle cycle) {
        return new CycleUpdate(
                cycle.getTitle(),
                cycle.getChangeIdea(),
                cycle.getPurpose(),
                PlanFields.from(cycle),
                DoFields.from(cycle),
                cycle.getUnitId());
    }

    boolean planDiffers(CycleUpdate other) {
        return !changeIdea.equals(other.changeIdea) || purpose != other.purpose || !plan.equals(other.plan);
    }

    boolean doDiffers(CycleUpdate other) {
        return !doFields.equals(other.doFields);
    }
}
