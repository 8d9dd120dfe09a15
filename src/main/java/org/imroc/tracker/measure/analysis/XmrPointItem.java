package org.imroc.tracker.measure.analysis;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.PointType;
import org.imroc.tracker.measure.spc.SpcRule;
import org.imroc.tracker.measure.spc.XmrPoint;

/** One point of an XmR chart on the wire: the engine's {@link XmrPoint}, field for field. */
@Schema(name = "XmrPoint")
public record XmrPointItem(
        @Schema(maxLength = 8) String period,
        BigDecimal value,
        @Schema(maxLength = 2000) String annotation,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int rebaseGroup,

        @Schema(required = true) boolean inBaseline,
        BigDecimal movingRange,
        @Schema(required = true) boolean movingRangeExcluded,

        @Schema(minimum = "-1", maximum = "1", required = true)
        int relativeToMean,

        @Schema(required = true) boolean closeToLimits,
        @Schema(required = true) boolean outsideLimits,
        @Schema(maxItems = 4) List<SpcRule> rules,
        PointType pointType,

        @Schema(
                description = "A Trust figure for a period in which some of the measure's units did not report "
                        + "(incompletePeriods lists them): drawn hollow",
                required = true)
        boolean incomplete,

        @Schema(
                description = "Counts towards neither the mean, the moving ranges nor the limits (an incomplete "
                        + "point, unless spc.includeIncomplete); still classified against them",
                required = true)
        boolean leftOut) {

    static XmrPointItem of(XmrPoint p) {
        return new XmrPointItem(
                p.period(),
                p.value(),
                p.annotation(),
                p.rebaseGroup(),
                p.inBaseline(),
                p.movingRange(),
                p.movingRangeExcluded(),
                p.relativeToMean(),
                p.closeToLimits(),
                p.outsideLimits(),
                p.rules(),
                p.pointType(),
                p.incomplete(),
                p.leftOut());
    }
}
