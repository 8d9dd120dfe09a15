package org.imroc.tracker.measure.analysis;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.AttributeResult;
import org.imroc.tracker.measure.spc.PointType;
import org.imroc.tracker.measure.spc.SpcRule;
import org.imroc.tracker.measure.spc.XmrGroup;
import org.imroc.tracker.measure.spc.XmrPoint;

/**
 * One point of an SPC chart on the wire: the engine's {@link XmrPoint} (or an attribute chart's point), with the
 * limits that apply at that point: its group's on an XmR chart, its own on an attribute chart (they move with the
 * denominator).
 */
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

        @Schema(description = "The upper process limit at this point; null without limits")
        Double upl,

        @Schema(description = "The lower process limit at this point; null without limits")
        Double lpl,

        @Schema(description = "The upper two-sigma line at this point (the two-of-three rule's)")
        Double nearUpl,

        @Schema(description = "The lower two-sigma line at this point")
        Double nearLpl,

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
                description = "The observation is excluded, with a reason (the annotation gives it): drawn hollow, "
                        + "left out of the centre line, the moving ranges and the limits, still classified",
                required = true)
        boolean excluded,

        @Schema(
                description = "Counts towards neither the mean, the moving ranges nor the limits (an excluded "
                        + "point, or an incomplete one unless spc.includeIncomplete); still classified against them",
                required = true)
        boolean leftOut) {

    /** A point of an XmR chart, with its group's limits. */
    static XmrPointItem of(XmrPoint p, XmrGroup g) {
        return new XmrPointItem(
                p.period(),
                p.value(),
                p.annotation(),
                p.rebaseGroup(),
                p.inBaseline(),
                p.movingRange(),
                p.movingRangeExcluded(),
                p.relativeToMean(),
                g.upl(),
                g.lpl(),
                g.nearUpl(),
                g.nearLpl(),
                p.closeToLimits(),
                p.outsideLimits(),
                p.rules(),
                p.pointType(),
                p.incomplete(),
                p.excluded(),
                p.leftOut());
    }

    /** A point of an attribute chart, with its own limits (no moving range: the chart has none). */
    static XmrPointItem of(AttributeResult.Point p) {
        return new XmrPointItem(
                p.period(),
                p.value() == null ? null : BigDecimal.valueOf(p.value()),
                p.annotation(),
                p.rebaseGroup(),
                p.inBaseline(),
                null,
                false,
                p.relativeToMean(),
                p.upl(),
                p.lpl(),
                p.nearUpl(),
                p.nearLpl(),
                p.closeToLimits(),
                p.outsideLimits(),
                p.rules(),
                p.pointType(),
                false,
                p.excluded(),
                p.excluded());
    }
}
