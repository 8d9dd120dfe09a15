package org.imroc.tracker.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.ImprovementDirection;

/** A measure template: POST …/measures with its code fills in the rest. */
public record MeasureTemplateResponse(
        @Schema(maxLength = 50, pattern = "^[a-z-]+$", examples = "restraint-rate")
        String code,

        @Schema(maxLength = 200) String name,
        MeasureType type,
        @Schema(maxLength = 4000) String definition,
        @Schema(maxLength = 50) String unit,
        ImprovementDirection improvementDirection,
        Frequency frequency,
        @Schema(minimum = "1", maximum = "10") Integer challengeNumber,
        @Schema(description = "For a rate; null otherwise") RatioFields ratio,

        @Schema(description = "The ImROC or NHS programme it belongs to", maxLength = 100)
        String programme,

        @Schema(
                description = "How it is normally recorded: UNIT for ward figures (restraint, seclusion, assaults, "
                        + "bed days). A measure made from it is TRUST unless the request says recordedBy UNIT")
        RecordedBy recordedBy) {

    static MeasureTemplateResponse from(MeasureTemplate t) {
        return new MeasureTemplateResponse(
                t.code(),
                t.name(),
                t.type(),
                t.definition(),
                t.unit(),
                t.improvementDirection(),
                t.frequency(),
                t.challengeNumber(),
                t.isRatio() ? new RatioFields(t.multiplier(), t.numeratorLabel(), t.denominatorLabel()) : null,
                t.programme(),
                t.recordedBy());
    }
}
