package org.imroc.tracker.measure;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One point of an XmR chart as analysed. {@code movingRange} is |value − previous value| within the rebase group
 * (null for a group's first point); {@code movingRangeExcluded} says screening left it out of MR̄;
 * {@code inBaseline} says the point is one of those the group's mean and limits come from. {@code relativeToMean}
 * is -1, 0 or 1 (exact). {@code rules} lists every rule that fires, in precedence order.
 */
public record XmrPoint(
        @Schema(maxLength = 8) String period,
        BigDecimal value,
        @Schema(maxLength = 2000) String annotation,
        @Schema(minimum = "0", maximum = "100000") int rebaseGroup,
        boolean inBaseline,
        BigDecimal movingRange,
        boolean movingRangeExcluded,
        @Schema(minimum = "-1", maximum = "1") int relativeToMean,
        boolean closeToLimits,
        boolean outsideLimits,
        @Schema(maxItems = 4) List<SpcRule> rules,
        PointType pointType) {

    public XmrPoint {
        rules = List.copyOf(rules);
    }
}
