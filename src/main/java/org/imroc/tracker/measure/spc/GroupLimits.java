package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The centre line and process limits of one rebase group, exact. The baseline is the group's first
 * {@code fixAfterPoints} points (all of them when not fixed): the mean is the baseline's mean, MR̄ the mean of the
 * baseline's moving ranges after screening, and both are extended to every point of the group. Without a moving
 * range to average (one baseline point, or every range screened out) the group has no limits.
 */
final class GroupLimits {

    static final BigDecimal LIMIT_MULTIPLIER = new BigDecimal("2.66");
    static final BigDecimal SCREENING_MULTIPLIER = new BigDecimal("3.267");
    /** The near-limit multiplier is 2/3 of 2.66, kept exact as 5.32 / 3. */
    static final BigDecimal TWICE_LIMIT_MULTIPLIER = new BigDecimal("5.32");

    private final Ratio mean;
    private final Ratio mrBarUnscreened;
    private final Ratio mrBar;
    private final int baselinePoints;
    private final int baselineEnd;
    private final List<BigDecimal> movingRanges;
    private final List<Boolean> excluded;
    private final Ratio upl;
    private final Ratio lpl;
    private final Ratio nearUpl;
    private final Ratio nearLpl;

    private GroupLimits(
            Ratio mean,
            Ratio mrBarUnscreened,
            Ratio mrBar,
            int baselinePoints,
            int baselineEnd,
            List<BigDecimal> movingRanges,
            List<Boolean> excluded) {
        this.mean = mean;
        this.mrBarUnscreened = mrBarUnscreened;
        this.mrBar = mrBar;
        this.baselinePoints = baselinePoints;
        this.baselineEnd = baselineEnd;
        this.movingRanges = Collections.unmodifiableList(movingRanges);
        this.excluded = List.copyOf(excluded);
        if (mrBar == null) {
            this.upl = null;
            this.lpl = null;
            this.nearUpl = null;
            this.nearLpl = null;
        } else {
            Ratio halfWidth = mrBar.times(LIMIT_MULTIPLIER);
            Ratio nearHalfWidth = mrBar.times(TWICE_LIMIT_MULTIPLIER).dividedBy(3);
            this.upl = mean.plus(halfWidth);
            this.lpl = mean.minus(halfWidth);
            this.nearUpl = mean.plus(nearHalfWidth);
            this.nearLpl = mean.minus(nearHalfWidth);
        }
    }

    static GroupLimits of(List<BigDecimal> values, SpcSettings settings) {
        return of(values, new boolean[values.size()], settings);
    }

    /**
     * As {@link #of(List, SpcSettings)}, with {@code leftOut[i]} points counting towards neither the mean, the
     * baseline, the moving ranges (a kept point's range is taken from the kept point before it) nor the limits.
     */
    static GroupLimits of(List<BigDecimal> values, boolean[] leftOut, SpcSettings settings) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!leftOut[i]) {
                kept.add(i);
            }
        }
        int baseline =
                settings.fixAfterPoints() == null ? kept.size() : Math.min(kept.size(), settings.fixAfterPoints());
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < baseline; k++) {
            sum = sum.add(values.get(kept.get(k)));
        }
        List<BigDecimal> ranges = new ArrayList<>(Collections.nCopies(values.size(), (BigDecimal) null));
        BigDecimal rangeSum = BigDecimal.ZERO;
        for (int k = 1; k < kept.size(); k++) {
            BigDecimal range = values.get(kept.get(k))
                    .subtract(values.get(kept.get(k - 1)))
                    .abs();
            ranges.set(kept.get(k), range);
            if (k < baseline) {
                rangeSum = rangeSum.add(range);
            }
        }
        int rangeCount = baseline - 1;
        Ratio unscreened = rangeCount > 0 ? Ratio.of(rangeSum, rangeCount) : null;
        List<Boolean> excluded = new ArrayList<>(Collections.nCopies(values.size(), false));
        BigDecimal keptSum = BigDecimal.ZERO;
        int keptCount = 0;
        for (int k = 1; k < baseline; k++) {
            int i = kept.get(k);
            boolean screened = settings.screenOutliers() && !isBelowScreeningLine(ranges.get(i), unscreened);
            excluded.set(i, screened);
            if (!screened) {
                keptSum = keptSum.add(ranges.get(i));
                keptCount++;
            }
        }
        Ratio screenedBar = keptCount > 0 ? Ratio.of(keptSum, keptCount) : null;
        int baselineEnd = baseline == 0 ? 0 : kept.get(baseline - 1) + 1;
        return new GroupLimits(
                Ratio.of(sum, baseline), unscreened, screenedBar, baseline, baselineEnd, ranges, excluded);
    }

    /** A moving range is kept only when strictly below 3.267 × the unscreened MR̄ (so with MR̄ 0, none is kept). */
    private static boolean isBelowScreeningLine(BigDecimal range, Ratio unscreened) {
        return unscreened.times(SCREENING_MULTIPLIER).signOf(range) < 0;
    }

    Ratio mean() {
        return mean;
    }

    Ratio mrBarUnscreened() {
        return mrBarUnscreened;
    }

    Ratio mrBar() {
        return mrBar;
    }

    /** How many points the mean and limits come from (left-out points not counted). */
    int baselinePoints() {
        return baselinePoints;
    }

    /** Whether point {@code index} lies within the baseline's span (the last baseline point included). */
    boolean inBaseline(int index) {
        return index < baselineEnd;
    }

    boolean hasLimits() {
        return mrBar != null;
    }

    Ratio upl() {
        return upl;
    }

    Ratio lpl() {
        return lpl;
    }

    Ratio nearUpl() {
        return nearUpl;
    }

    Ratio nearLpl() {
        return nearLpl;
    }

    /** The moving range into point {@code index} of the group; null for its first kept point and left-out points. */
    BigDecimal movingRange(int index) {
        return movingRanges.get(index);
    }

    boolean movingRangeExcluded(int index) {
        return excluded.get(index);
    }

    int relativeToMean(BigDecimal value) {
        return Integer.signum(mean.signOf(value));
    }

    /** Strictly above the upper or strictly below the lower process limit. */
    boolean outsideLimits(BigDecimal value) {
        return hasLimits() && (upl.signOf(value) > 0 || lpl.signOf(value) < 0);
    }

    /** Strictly beyond a near-limit line but not outside the limits. */
    boolean closeToLimits(BigDecimal value) {
        return hasLimits() && !outsideLimits(value) && (nearUpl.signOf(value) > 0 || nearLpl.signOf(value) < 0);
    }
}
