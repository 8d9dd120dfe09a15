package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The analysis of one rebase group: its limits, its analysed points and its summary. */
record XmrGroupAnalysis(GroupLimits limits, XmrGroup group, List<XmrPoint> points, XmrGroupSummary summary) {

    static XmrGroupAnalysis of(
            int rebaseGroup, List<SeriesPoint> members, ImprovementDirection direction, SpcSettings settings) {
        List<BigDecimal> values = members.stream().map(SeriesPoint::value).toList();
        int n = values.size();
        boolean[] leftOut = leftOut(members, settings);
        GroupLimits limits = GroupLimits.of(values, leftOut, settings);
        int[] relativeToMean = new int[n];
        boolean[] close = new boolean[n];
        boolean[] outside = new boolean[n];
        for (int i = 0; i < n; i++) {
            relativeToMean[i] = limits.relativeToMean(values.get(i));
            close[i] = limits.closeToLimits(values.get(i));
            outside[i] = limits.outsideLimits(values.get(i));
        }
        List<PointSignal> signals = SpecialCauseRules.apply(values, relativeToMean, close, outside, settings);
        List<XmrPoint> points = new ArrayList<>(n);
        int[] counts = new int[PointType.values().length];
        for (int i = 0; i < n; i++) {
            SeriesPoint member = members.get(i);
            PointType type = PointType.of(signals.get(i).signal(), direction);
            counts[type.ordinal()]++;
            points.add(new XmrPoint(
                    member.period(),
                    member.value(),
                    member.annotation(),
                    rebaseGroup,
                    limits.inBaseline(i) && !leftOut[i],
                    limits.movingRange(i),
                    limits.movingRangeExcluded(i),
                    relativeToMean[i],
                    close[i],
                    outside[i],
                    signals.get(i).rules(),
                    type,
                    member.incomplete(),
                    member.excluded(),
                    leftOut[i]));
        }
        XmrGroup group = new XmrGroup(
                rebaseGroup,
                members.get(0).period(),
                members.get(n - 1).period(),
                n,
                limits.baselinePoints(),
                limits.mean().toDouble(),
                toDouble(limits.mrBar()),
                toDouble(limits.mrBarUnscreened()),
                toDouble(limits.upl()),
                toDouble(limits.lpl()),
                toDouble(limits.nearUpl()),
                toDouble(limits.nearLpl()),
                n - count(leftOut) < XmrRuleSet.TRIAL_LIMIT_THRESHOLD);
        XmrGroupSummary summary = new XmrGroupSummary(
                rebaseGroup,
                counts[PointType.COMMON_CAUSE.ordinal()],
                counts[PointType.SPECIAL_CAUSE_IMPROVEMENT.ordinal()],
                counts[PointType.SPECIAL_CAUSE_CONCERN.ordinal()],
                counts[PointType.SPECIAL_CAUSE_NEUTRAL_HIGH.ordinal()]
                        + counts[PointType.SPECIAL_CAUSE_NEUTRAL_LOW.ordinal()],
                points.get(n - 1).pointType());
        return new XmrGroupAnalysis(limits, group, points, summary);
    }

    /**
     * The points that count towards nothing: excluded ones, and incomplete ones unless the settings include them. A
     * group needs a mean: when that would leave none, the incomplete points count after all, and when every point is
     * excluded, every point counts (the chart then says so through {@link XmrPoint#excluded()} with
     * {@code leftOut} false).
     */
    private static boolean[] leftOut(List<SeriesPoint> members, SpcSettings settings) {
        boolean[] leftOut = new boolean[members.size()];
        boolean dropIncomplete =
                !settings.includeIncomplete() && members.stream().anyMatch(p -> !p.incomplete() && !p.excluded());
        for (int i = 0; i < leftOut.length; i++) {
            SeriesPoint p = members.get(i);
            leftOut[i] = p.excluded() || (dropIncomplete && p.incomplete());
        }
        if (count(leftOut) == leftOut.length) {
            return new boolean[leftOut.length];
        }
        return leftOut;
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    private static Double toDouble(Ratio ratio) {
        return ratio == null ? null : ratio.toDouble();
    }
}
