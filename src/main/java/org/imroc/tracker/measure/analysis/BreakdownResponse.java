package org.imroc.tracker.measure.analysis;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.breakdown.Breakdown;

/** A breakdown a measure may declare, with its codes in display order (GET /api/v1/breakdowns). */
@Schema(name = "BreakdownDefinition")
public record BreakdownResponse(
        @Schema(required = true) Breakdown breakdown,
        @Schema(maxLength = 100) String label,
        @Schema(maxItems = 100) List<Code> codes) {

    /** One code: what it means, whether it says the characteristic was recorded, and (for a category) its group. */
    @Schema(name = "BreakdownCode")
    public record Code(
            @Schema(maxLength = 20, examples = "BLACK") String code,
            @Schema(maxLength = 100) String label,

            @Schema(
                    description = "False for the codes that say it was not recorded (not stated, not known): they "
                            + "still count as parts, so the parts add up to the total",
                    required = true)
            boolean recorded,

            @Schema(
                    description = "For ETHNIC_CATEGORY, the ETHNIC_GROUP it belongs to (groups are derived from it)",
                    maxLength = 20)
            String group) {}

    static BreakdownResponse of(Breakdown b) {
        return new BreakdownResponse(
                b,
                label(b),
                b.codes().stream()
                        .map(code -> new Code(
                                code,
                                b.label(code),
                                !b.notRecordedCodes().contains(code),
                                b == Breakdown.ETHNIC_CATEGORY ? Breakdown.ETHNIC_GROUP.fromCategory(code) : null))
                        .toList());
    }

    private static String label(Breakdown b) {
        return switch (b) {
            case ETHNIC_CATEGORY -> "Ethnic category (NHS Data Dictionary, 16+1)";
            case ETHNIC_GROUP -> "Ethnic group";
            case SEX -> "Sex (NHS person stated gender)";
            case AGE_BAND -> "Age band";
        };
    }
}
