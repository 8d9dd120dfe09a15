package org.imroc.tracker.measure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.spc.ImprovementDirection;

/**
 * A new measure. With a templateCode, every field left out is taken from the template (GET /measure-templates);
 * without one, name, type, definition, unit, improvementDirection and frequency are required.
 */
public record MeasureRequest(
        @Size(max = 50)
        @Schema(description = "An ImROC/NHS measure template to start from", examples = "restraint-rate")
        String templateCode,

        @Size(max = 200) String name,
        MeasureType type,

        @Size(max = 4000)
        @Schema(
                description =
                        "The operational definition: what is counted, from where, what is " + "included and excluded")
        String definition,

        @Size(max = 50) String unit,
        ImprovementDirection improvementDirection,
        @Digits(integer = 15, fraction = 6) BigDecimal target,

        @Schema(
                description = "How often a period is reported; fixed once periods are recorded (409). It sets the "
                        + "measure's limit: 20 years of periods (1044 weekly, 240 monthly, 80 quarterly)")
        Frequency frequency,

        @Schema(description = "A goal of the same Trust whose aim this measure judges")
        UUID goalId,

        @Min(1) @Max(10) Integer challengeNumber,
        @Valid RatioFields ratio,

        @Schema(
                description = "TRUST (the default): one figure per period for the Trust. UNIT: one per (period, unit), "
                        + "the Trust's series derived by aggregation. Fixed once periods are recorded (409). A "
                        + "template says what is usual (recordedBy) but does not choose")
        RecordedBy recordedBy,

        @Schema(
                description = "For a UNIT measure: SUM (counts), RATIO_OF_SUMS (rates; their default) or NONE (not "
                        + "additive: no Trust series). Counts default to SUM; ignored for a TRUST measure")
        Aggregation aggregation,

        @Size(max = 4)
        @Schema(
                description = "The breakdowns its figures are split by (GET /breakdowns): each observation may then "
                        + "carry parts per breakdown that add up to it. ETHNIC_GROUP is derived when ETHNIC_CATEGORY is "
                        + "declared",
                examples = "[\"ETHNIC_GROUP\"]")
        List<Breakdown> breakdowns,

        @Valid SpcFields spc,
        @Valid RunChartFields runChart) {

    /** The form this request makes with its template: the request's fields win, the template fills the rest. */
    MeasureUpdate over(MeasureTemplate template) {
        if (template == null) {
            return new MeasureUpdate(
                    name,
                    type,
                    definition,
                    unit,
                    improvementDirection,
                    target,
                    frequency,
                    goalId,
                    challengeNumber,
                    ratio,
                    recordedBy,
                    aggregation,
                    breakdowns,
                    spc,
                    runChart);
        }
        RatioFields templateRatio = template.isRatio()
                ? new RatioFields(template.multiplier(), template.numeratorLabel(), template.denominatorLabel())
                : null;
        return new MeasureUpdate(
                or(name, template.name()),
                or(type, template.type()),
                or(definition, template.definition()),
                or(unit, template.unit()),
                or(improvementDirection, template.improvementDirection()),
                target,
                or(frequency, template.frequency()),
                goalId,
                goalId == null ? or(challengeNumber, template.challengeNumber()) : challengeNumber,
                or(ratio, templateRatio),
                recordedBy,
                aggregation,
                breakdowns,
                spc,
                runChart);
    }

    private static <T> T or(T given, T fallback) {
        return given != null ? given : fallback;
    }
}
