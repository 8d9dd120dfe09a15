package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.List;

/**
 * The analysis of a ratio measure as an attribute chart ({@link SpcChart#U}, {@link SpcChart#P},
 * {@link SpcChart#U_PRIME} or {@link SpcChart#P_PRIME}, named in {@code chart}). Every reported number is in display
 * units: the rate × {@code multiplier}. The top-level {@code centre} and {@code sigmaZ} are the last rebase group's;
 * the limits change from point to point, so the top-level {@code upl}, {@code lpl}, {@code nearUpl} and
 * {@code nearLpl} are those of the last group's last point that has limits (null when none has), the ones
 * {@code assuranceType} compares with the target. {@code variationType} is the type of the last point that has a rate. For an empty series every
 * number, {@code limitsAreTrial} and both types are null and the lists are empty.
 */
public record AttributeResult(
        SpcChart chart,
        BigDecimal multiplier,
        int n,
        Double centre,
        Double sigmaZ,
        Double upl,
        Double lpl,
        Double nearUpl,
        Double nearLpl,
        Boolean limitsAreTrial,
        PointType variationType,
        VariationIcon variationIcon,
        AssuranceType assuranceType,
        AssuranceIcon assuranceIcon,
        List<Group> groups,
        List<Point> points,
        List<XmrGroupSummary> summary,
        SpcSettings settings) {

    public AttributeResult {
        groups = List.copyOf(groups);
        points = List.copyOf(points);
        summary = List.copyOf(summary);
    }

    /**
     * The same reading in the XmR chart's shape, for what reads any SPC chart the same way (the sentence, a board's
     * summary icons): the centre line as the mean, the top-level limits, each point that has a rate with its type and
     * rules (no moving ranges: an attribute chart has none), each group with its centre and without limits (they
     * differ per point). Points without a rate are left out.
     */
    public XmrResult asXmr() {
        List<XmrGroup> xmrGroups = groups.stream()
                .map(g -> new XmrGroup(
                        g.rebaseGroup(),
                        g.firstPeriod(),
                        g.lastPeriod(),
                        g.n(),
                        g.baselinePoints(),
                        g.centre() == null ? 0 : g.centre(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        g.limitsAreTrial()))
                .toList();
        List<XmrPoint> xmrPoints = points.stream()
                .filter(p -> p.value() != null)
                .map(p -> new XmrPoint(
                        p.period(),
                        BigDecimal.valueOf(p.value()),
                        p.annotation(),
                        p.rebaseGroup(),
                        p.inBaseline(),
                        null,
                        false,
                        p.relativeToMean(),
                        p.closeToLimits(),
                        p.outsideLimits(),
                        p.rules(),
                        p.pointType(),
                        false,
                        p.excluded(),
                        p.excluded()))
                .toList();
        return new XmrResult(
                xmrPoints.size(),
                xmrPoints.isEmpty() ? null : centre,
                null,
                null,
                upl,
                lpl,
                nearUpl,
                nearLpl,
                limitsAreTrial,
                variationType,
                variationIcon,
                assuranceType,
                assuranceIcon,
                xmrPoints.isEmpty() ? List.of() : xmrGroups,
                xmrPoints,
                summary,
                XmrRuleSet.of(settings));
    }

    /**
     * One rebase group. {@code baselinePoints}: how many points its centre line (and σz) come from, excluded points
     * and points without a rate not counted. {@code centre} is null when those points have no exposure at all;
     * {@code sigmaZ} is null for U and P, and for a Laney group without a z-score range to average (it then has no
     * limits). {@code limitsAreTrial}: fewer than 13 counted points, as for the XmR chart.
     */
    public record Group(
            int rebaseGroup,
            String firstPeriod,
            String lastPeriod,
            int n,
            int baselinePoints,
            Double centre,
            Double sigmaZ,
            boolean limitsAreTrial) {}

    /**
     * One point. {@code value} is the rate × multiplier, null without a rate (zero denominator). {@code sigma} is
     * the point's own sigma in display units (× σz for Laney); {@code upl}, {@code lpl}, {@code nearUpl} and
     * {@code nearLpl} are its limits and 2-sigma lines, clipped at 0 (and at 1 × multiplier for a proportion); all
     * null without limits. {@code zScore} and {@code zMovingRange} (Laney only, baseline points) show how σz was
     * made; {@code zMovingRangeScreened} says screening left that range out. {@code inBaseline}: the point counts
     * towards the centre line. {@code relativeToMean} is -1, 0 or 1, exact (0 without a rate). {@code rules} lists
     * every rule that fires, in precedence order; {@code pointType} is null without a rate.
     */
    public record Point(
            String period,
            BigDecimal numerator,
            BigDecimal denominator,
            String annotation,
            Double value,
            int rebaseGroup,
            boolean excluded,
            boolean inBaseline,
            Double zScore,
            Double zMovingRange,
            boolean zMovingRangeScreened,
            Double sigma,
            Double upl,
            Double lpl,
            Double nearUpl,
            Double nearLpl,
            int relativeToMean,
            boolean closeToLimits,
            boolean outsideLimits,
            List<SpcRule> rules,
            PointType pointType) {

        public Point {
            rules = List.copyOf(rules);
        }
    }
}
