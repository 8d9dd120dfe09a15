package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The attribute charts for ratio measures, beside the XmR chart: U (ū ± 3√(ū/nᵢ)), P (p̄ ± 3√(p̄(1 − p̄)/nᵢ),
 * clipped to [0, 1]) and Laney's U_PRIME and P_PRIME (the per-point sigma × σz), with centre lines and limits as
 * qicharts2 computes them ({@code qic(chart = "u" | "p" | "up" | "pp")}, see {@link AttributeLimits}) and the same
 * special-cause rules, point types and icons as {@link XmrChart}, applied with each point's own limits. Rebase
 * groups, trial limits (fewer than 13 counted points) and assurance follow XmrChart; assurance uses the limits of
 * the last group's last point that has them, since no single pair of limits describes the group.
 */
public final class AttributeChart {

    private static final MathContext CONTEXT = MathContext.DECIMAL128;

    private AttributeChart() {}

    /**
     * @param points     periods in order; {@link AttributePoint#rebase()} starts a new group
     * @param chart      U, P, U_PRIME or P_PRIME
     * @param multiplier scales rates for display (1,000 for "per 1,000 bed days", 100 for a percentage); null for 1
     * @param direction  the measure's improvement direction
     * @param target     the target in display units (× multiplier), or null for none
     * @param settings   shift and trend lengths, screening of σz's moving ranges (Laney) and a fixed baseline
     *                   ({@code includeIncomplete} is the caller's: it marks incomplete points excluded or not)
     */
    public static AttributeResult analyse(
            List<AttributePoint> points,
            SpcChart chart,
            BigDecimal multiplier,
            ImprovementDirection direction,
            BigDecimal target,
            SpcSettings settings) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(settings, "settings");
        if (!chart.isAttribute()) {
            throw new IllegalArgumentException("an attribute chart is U, P, U_PRIME or P_PRIME, not " + chart);
        }
        BigDecimal scale = multiplier == null ? BigDecimal.ONE : multiplier;
        if (scale.signum() <= 0) {
            throw new IllegalArgumentException("multiplier must be positive, was " + scale);
        }
        if (chart.isProportion()) {
            for (AttributePoint point : points) {
                if (point.numerator().compareTo(point.denominator()) > 0 && point.hasRate()) {
                    throw new IllegalArgumentException(
                            "a proportion's numerator must not exceed its denominator, in " + point.period());
                }
            }
        }
        if (points.isEmpty()) {
            return new AttributeResult(
                    chart, scale, 0, null, null, null, null, null, null, null, null, null, null, null, List.of(),
                    List.of(), List.of(), settings);
        }
        List<AttributeResult.Group> groups = new ArrayList<>();
        List<AttributeResult.Point> analysed = new ArrayList<>();
        List<XmrGroupSummary> summary = new ArrayList<>();
        AttributeLimits topLimits = null;
        List<AttributeResult.Point> lastGroupPoints = List.of();
        int lastWithLimits = -1;
        List<List<AttributePoint>> members = splitAtRebases(points);
        for (int g = 0; g < members.size(); g++) {
            List<AttributePoint> group = members.get(g);
            AttributeLimits limits = AttributeLimits.of(group, chart, settings);
            topLimits = limits;
            List<AttributeResult.Point> groupPoints = analyseGroup(g + 1, group, limits, direction, scale, settings);
            lastWithLimits = -1;
            for (int i = 0; i < group.size(); i++) {
                if (limits.hasLimits(i)) {
                    lastWithLimits = i;
                }
            }
            lastGroupPoints = groupPoints;
            groups.add(new AttributeResult.Group(
                    g + 1,
                    group.get(0).period(),
                    group.get(group.size() - 1).period(),
                    group.size(),
                    limits.baselinePoints(),
                    scaled(limits.centre(), scale),
                    toDouble(limits.sigmaZ()),
                    counted(group) < XmrRuleSet.TRIAL_LIMIT_THRESHOLD));
            summary.add(summary(g + 1, groupPoints));
            analysed.addAll(groupPoints);
        }
        AttributeResult.Group topGroup = groups.get(groups.size() - 1);
        PointType variationType = lastType(analysed);
        AssuranceType assurance = assurance(topLimits, lastWithLimits, target, scale, direction);
        AttributeResult.Point limitsPoint = lastWithLimits < 0 ? null : lastGroupPoints.get(lastWithLimits);
        return new AttributeResult(
                chart,
                scale,
                points.size(),
                topGroup.centre(),
                toDouble(topLimits.sigmaZ()),
                limitsPoint == null ? null : limitsPoint.upl(),
                limitsPoint == null ? null : limitsPoint.lpl(),
                limitsPoint == null ? null : limitsPoint.nearUpl(),
                limitsPoint == null ? null : limitsPoint.nearLpl(),
                topGroup.limitsAreTrial(),
                variationType,
                variationType == null ? null : VariationIcon.of(variationType, direction),
                assurance,
                assurance == null ? null : assurance.icon(),
                groups,
                analysed,
                summary,
                settings);
    }

    private static List<AttributeResult.Point> analyseGroup(
            int rebaseGroup,
            List<AttributePoint> members,
            AttributeLimits limits,
            ImprovementDirection direction,
            BigDecimal scale,
            SpcSettings settings) {
        // the rules run over the points that have a rate, so a period without one neither breaks nor joins a run
        List<Integer> rated = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (limits.rate(i) != null) {
                rated.add(i);
            }
        }
        int m = rated.size();
        List<Ratio> values = new ArrayList<>(m);
        int[] relativeToCentre = new int[m];
        boolean[] close = new boolean[m];
        boolean[] outside = new boolean[m];
        for (int k = 0; k < m; k++) {
            int i = rated.get(k);
            values.add(limits.rate(i));
            relativeToCentre[k] = limits.centre() == null ? 0 : limits.relativeToCentre(i);
            close[k] = limits.closeToLimits(i);
            outside[k] = limits.outsideLimits(i);
        }
        List<PointSignal> signals = SpecialCauseRules.apply(values, relativeToCentre, close, outside, settings);
        List<AttributeResult.Point> points = new ArrayList<>(members.size());
        int k = 0;
        for (int i = 0; i < members.size(); i++) {
            AttributePoint member = members.get(i);
            boolean hasRate = limits.rate(i) != null;
            PointSignal signal = hasRate ? signals.get(k) : null;
            points.add(new AttributeResult.Point(
                    member.period(),
                    member.numerator(),
                    member.denominator(),
                    member.annotation(),
                    hasRate ? scaled(limits.rate(i), scale) : null,
                    rebaseGroup,
                    member.excluded(),
                    limits.inBaseline(i),
                    toDouble(limits.zScore(i)),
                    toDouble(limits.zRange(i)),
                    limits.zRangeScreened(i),
                    scaled(limits.sigma(i), scale),
                    scaled(limits.line(i, 3), scale),
                    scaled(limits.line(i, -3), scale),
                    scaled(limits.line(i, 2), scale),
                    scaled(limits.line(i, -2), scale),
                    hasRate ? relativeToCentre[k] : 0,
                    hasRate && close[k],
                    hasRate && outside[k],
                    hasRate ? signal.rules() : List.of(),
                    hasRate ? PointType.of(signal.signal(), direction) : null));
            k += hasRate ? 1 : 0;
        }
        return points;
    }

    private static List<List<AttributePoint>> splitAtRebases(List<AttributePoint> points) {
        List<List<AttributePoint>> groups = new ArrayList<>();
        List<AttributePoint> current = new ArrayList<>();
        for (AttributePoint point : points) {
            if (point.rebase() && !current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(point);
        }
        groups.add(current);
        return groups;
    }

    /** Points that count towards the limits: with a rate and not excluded. */
    private static int counted(List<AttributePoint> group) {
        return (int) group.stream().filter(p -> p.hasRate() && !p.excluded()).count();
    }

    private static XmrGroupSummary summary(int rebaseGroup, List<AttributeResult.Point> points) {
        int[] counts = new int[PointType.values().length];
        for (AttributeResult.Point point : points) {
            if (point.pointType() != null) {
                counts[point.pointType().ordinal()]++;
            }
        }
        return new XmrGroupSummary(
                rebaseGroup,
                counts[PointType.COMMON_CAUSE.ordinal()],
                counts[PointType.SPECIAL_CAUSE_IMPROVEMENT.ordinal()],
                counts[PointType.SPECIAL_CAUSE_CONCERN.ordinal()],
                counts[PointType.SPECIAL_CAUSE_NEUTRAL_HIGH.ordinal()]
                        + counts[PointType.SPECIAL_CAUSE_NEUTRAL_LOW.ordinal()],
                lastType(points));
    }

    private static PointType lastType(List<AttributeResult.Point> points) {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).pointType() != null) {
                return points.get(i).pointType();
            }
        }
        return null;
    }

    /**
     * As XmrChart, against the limits of the last group's last point that has them (clipped as drawn; {@code index}
     * -1 when none has): a target strictly above
     * the upper limit fails an INCREASE measure (passes a DECREASE one), strictly below the lower limit passes it
     * (fails a DECREASE one); anything else, including a target on a limit and a chart without limits, is
     * INCONSISTENT. The target is in display units, so it is compared as target ÷ multiplier, exactly.
     */
    private static AssuranceType assurance(
            AttributeLimits limits, int index, BigDecimal target, BigDecimal scale, ImprovementDirection direction) {
        if (target == null || direction == ImprovementDirection.NEUTRAL) {
            return null;
        }
        boolean increase = direction == ImprovementDirection.INCREASE;
        if (index < 0) {
            return AssuranceType.INCONSISTENT;
        }
        Ratio rate = new Ratio(target, scale);
        if (limits.aboveUpper(rate, index, 3)) {
            return increase ? AssuranceType.CONSISTENT_FAIL : AssuranceType.CONSISTENT_PASS;
        }
        if (limits.belowLower(rate, index, 3)) {
            return increase ? AssuranceType.CONSISTENT_PASS : AssuranceType.CONSISTENT_FAIL;
        }
        return AssuranceType.INCONSISTENT;
    }

    private static Double scaled(Ratio value, BigDecimal scale) {
        return value == null ? null : value.times(scale).toDouble();
    }

    private static Double scaled(BigDecimal value, BigDecimal scale) {
        return value == null ? null : value.multiply(scale, CONTEXT).doubleValue();
    }

    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
