package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An XmR (individuals and moving range) chart as NHS England's Making Data Count draws it, computed exactly as
 * NHSRplotthedots 0.2.x does by default: per rebase group, centre line = mean, limits = mean ± 2.66 × MR̄ after
 * screening, special causes by outside limits, trend, two-of-three near a limit and shift. Means, limits and every
 * comparison with them are exact (no floating point); only the reported numbers are doubles.
 */
public final class XmrChart {

    private XmrChart() {}

    /**
     * @param points    observations in period order; {@link SeriesPoint#rebase()} starts a new group
     * @param direction the measure's improvement direction
     * @param target    the target, or null for none
     * @param settings  the rule settings ({@link SpcSettings#DEFAULT} reproduces NHSRplotthedots)
     */
    public static XmrResult analyse(
            List<SeriesPoint> points, ImprovementDirection direction, BigDecimal target, SpcSettings settings) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(settings, "settings");
        XmrRuleSet ruleSet = XmrRuleSet.of(settings);
        if (points.isEmpty()) {
            return new XmrResult(
                    0, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                    List.of(), ruleSet);
        }
        List<XmrGroup> groups = new ArrayList<>();
        List<XmrPoint> analysed = new ArrayList<>();
        List<XmrGroupSummary> summary = new ArrayList<>();
        XmrGroupAnalysis last = null;
        List<List<SeriesPoint>> members = splitAtRebases(points);
        for (int g = 0; g < members.size(); g++) {
            last = XmrGroupAnalysis.of(g + 1, members.get(g), direction, settings);
            groups.add(last.group());
            analysed.addAll(last.points());
            summary.add(last.summary());
        }
        XmrGroup top = last.group();
        PointType variationType = analysed.get(analysed.size() - 1).pointType();
        AssuranceType assurance = assurance(last.limits(), target, direction);
        return new XmrResult(
                points.size(),
                top.mean(),
                top.mrBar(),
                top.mrBarUnscreened(),
                top.upl(),
                top.lpl(),
                top.nearUpl(),
                top.nearLpl(),
                top.limitsAreTrial(),
                variationType,
                VariationIcon.of(variationType, direction),
                assurance,
                assurance == null ? null : assurance.icon(),
                groups,
                analysed,
                summary,
                ruleSet);
    }

    private static List<List<SeriesPoint>> splitAtRebases(List<SeriesPoint> points) {
        List<List<SeriesPoint>> groups = new ArrayList<>();
        List<SeriesPoint> current = new ArrayList<>();
        for (SeriesPoint point : points) {
            if (point.rebase() && !current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(point);
        }
        groups.add(current);
        return groups;
    }

    /**
     * As NHSRplotthedots: a target strictly above the upper limit fails an INCREASE measure (passes a DECREASE
     * one), strictly below the lower limit passes it (fails a DECREASE one); anything else, including a target on
     * a limit and a group without limits, is INCONSISTENT.
     */
    private static AssuranceType assurance(GroupLimits limits, BigDecimal target, ImprovementDirection direction) {
        if (target == null || direction == ImprovementDirection.NEUTRAL) {
            return null;
        }
        boolean increase = direction == ImprovementDirection.INCREASE;
        if (limits.hasLimits() && limits.upl().signOf(target) > 0) {
            return increase ? AssuranceType.CONSISTENT_FAIL : AssuranceType.CONSISTENT_PASS;
        }
        if (limits.hasLimits() && limits.lpl().signOf(target) < 0) {
            return increase ? AssuranceType.CONSISTENT_PASS : AssuranceType.CONSISTENT_FAIL;
        }
        return AssuranceType.INCONSISTENT;
    }
}
