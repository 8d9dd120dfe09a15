package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.List;

/**
 * One point of an XmR chart as analysed. {@code movingRange} is |value − previous value| within the rebase group
 * (null for a group's first point); {@code movingRangeExcluded} says screening left it out of MR̄;
 * {@code inBaseline} says the point is one of those the group's mean and limits come from. {@code relativeToMean}
 * is -1, 0 or 1 (exact). {@code rules} lists every rule that fires, in precedence order. {@code incomplete} is the
 * series point's, and so is {@code excluded} (left out on purpose); {@code leftOut} says the point counts towards neither the mean, the moving ranges nor the limits.
 */
public record XmrPoint(
        String period,
        BigDecimal value,
        String annotation,
        int rebaseGroup,
        boolean inBaseline,
        BigDecimal movingRange,
        boolean movingRangeExcluded,
        int relativeToMean,
        boolean closeToLimits,
        boolean outsideLimits,
        List<SpcRule> rules,
        PointType pointType,
        boolean incomplete,
        boolean excluded,
        boolean leftOut) {

    public XmrPoint {
        rules = List.copyOf(rules);
    }
}
