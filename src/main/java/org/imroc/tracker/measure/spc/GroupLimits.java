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
            List<BigDecimal> movingRanges,
            List<Boolean> excluded) {
        this.mean = mean;
        this.mrBarUnscreened = mrBarUnscreened;
        this.mrBar = mrBar;
        this.baselinePoints = baselinePoints;
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
        int baseline =
                settings.fixAfterPoints() == null ? values.size() : Math.min(values.size(), settings.fixAfterPoints());
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < baseline; i++) {
            sum = sum.add(values.get(i));
        }
        List<BigDecimal> ranges = new ArrayList<>();
        ranges.add(null);
        BigDecimal rangeSum = BigDecimal.ZERO;
        for (int i = 1; i < values.size(); i++) {
            BigDecimal range = values.get(i).subtract(values.get(i - 1)).abs();
            ranges.add(range);
            if (i < baseline) {
                rangeSum = rangeSum.add(range);
            }
        }
        int rangeCount = baseline - 1;
        Ratio unscreened = rangeCount > 0 ? Ratio.of(rangeSum, rangeCount) : null;
        List<Boolean> excluded = new ArrayList<>(Collections.nCopies(values.size(), false));
        BigDecimal keptSum = BigDecimal.ZERO;
        int keptCount = 0;
        for (int i = 1; i < baseline; i++) {
            boolean screened = settings.screenOutliers() && !isBelowScreeningLine(ranges.get(i), unscreened);
            excluded.set(i, screened);
            if (!screened) {
                keptSum = keptSum.add(ranges.get(i));
                keptCount++;
            }
        }
        Ratio screenedBar = keptCount > 0 ? Ratio.of(keptSum, keptCount) : null;
        return new GroupLimits(Ratio.of(sum, baseline), unscreened, screenedBar, baseline, ranges, excluded);
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

    int baselinePoints() {
        return baselinePoints;
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

    /** The moving range into point {@code index} of the group; null for its first point. */
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
