package org.imroc.tracker.measure.spc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The special-cause rules applied to one rebase group (rules never look across groups). A run rule marks the point
 * that completes a run of the required length and every point of that run; longer runs are marked throughout.
 */
final class SpecialCauseRules {

    private SpecialCauseRules() {}

    /**
     * @param values         the points' values, compared only with one another (for trends): exact decimals for an
     *                       XmR chart, exact rates ({@link Ratio}) for an attribute chart
     * @param relativeToMean -1, 0 or 1 for each point
     * @param close          beyond a near-limit line but within the limits, for each point
     * @param outside        outside the limits, for each point
     */
    static <T extends Comparable<? super T>> List<PointSignal> apply(
            List<T> values, int[] relativeToMean, boolean[] close, boolean[] outside, SpcSettings settings) {
        int n = values.size();
        boolean[] shift = partOfRun(shiftEnds(relativeToMean, settings.shiftLength()), settings.shiftLength());
        boolean[] trend = partOfRun(trendEnds(values, settings.trendLength()), settings.trendLength());
        boolean[] twoOfThree = twoOfThree(relativeToMean, close);
        List<PointSignal> signals = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Set<SpcRule> rules = EnumSet.noneOf(SpcRule.class);
            int signal = 0;
            if (outside[i]) {
                rules.add(SpcRule.OUTSIDE_LIMITS);
                signal = relativeToMean[i] == 1 ? 1 : -1;
            }
            if (trend[i]) {
                rules.add(SpcRule.TREND);
                signal = signal != 0 ? signal : trendSignal(values, trend, i);
            }
            if (twoOfThree[i]) {
                rules.add(SpcRule.TWO_OF_THREE);
                signal = signal != 0 ? signal : sideSignal(relativeToMean[i]);
            }
            if (shift[i]) {
                rules.add(SpcRule.SHIFT);
                signal = signal != 0 ? signal : sideSignal(relativeToMean[i]);
            }
            signals.add(new PointSignal(new ArrayList<>(rules), signal));
        }
        return signals;
    }

    /** True where the point completes {@code length} points in a row on the same side of the mean (none on it). */
    private static boolean[] shiftEnds(int[] relativeToMean, int length) {
        boolean[] ends = new boolean[relativeToMean.length];
        for (int i = length - 1; i < relativeToMean.length; i++) {
            boolean run = relativeToMean[i] != 0;
            for (int k = 1; k < length && run; k++) {
                run = relativeToMean[i - k] == relativeToMean[i];
            }
            ends[i] = run;
        }
        return ends;
    }

    /** True where the point completes {@code length} points each strictly above (or each below) the one before. */
    private static <T extends Comparable<? super T>> boolean[] trendEnds(List<T> values, int length) {
        boolean[] ends = new boolean[values.size()];
        for (int i = length - 1; i < values.size(); i++) {
            int direction = step(values, i);
            boolean run = direction != 0;
            for (int k = 1; k < length - 1 && run; k++) {
                run = step(values, i - k) == direction;
            }
            ends[i] = run;
        }
        return ends;
    }

    private static boolean[] partOfRun(boolean[] ends, int length) {
        boolean[] part = new boolean[ends.length];
        for (int i = 0; i < ends.length; i++) {
            for (int k = 0; k < length && i + k < ends.length && !part[i]; k++) {
                part[i] = ends[i + k];
            }
        }
        return part;
    }

    /**
     * A point is marked when it is itself near a limit and sits in some window of three consecutive points that
     * are all on the same side of the mean and of which at least two are near a limit.
     */
    private static boolean[] twoOfThree(int[] relativeToMean, boolean[] close) {
        int n = relativeToMean.length;
        boolean[] marked = new boolean[n];
        for (int start = 0; start + 2 < n; start++) {
            int side = relativeToMean[start];
            boolean sameSide = side != 0 && relativeToMean[start + 1] == side && relativeToMean[start + 2] == side;
            int nearCount = (close[start] ? 1 : 0) + (close[start + 1] ? 1 : 0) + (close[start + 2] ? 1 : 0);
            if (sameSide && nearCount >= 2) {
                for (int i = start; i < start + 3; i++) {
                    marked[i] = marked[i] || close[i];
                }
            }
        }
        return marked;
    }

    /**
     * The direction of a trend point, as NHSRplotthedots reads it: the step to the next point when that point is
     * also in a trend, else the step from the previous point; only a rise counts as increasing, so a flat step
     * between two touching trends reads as decreasing.
     */
    private static <T extends Comparable<? super T>> int trendSignal(List<T> values, boolean[] trend, int i) {
        int step = i + 1 < values.size() && trend[i + 1] ? step(values, i + 1) : i > 0 ? step(values, i) : 0;
        return step == 1 ? 1 : -1;
    }

    private static int sideSignal(int relativeToMean) {
        return relativeToMean > 0 ? 1 : -1;
    }

    /** Sign of the step into point {@code i} from the point before. */
    private static <T extends Comparable<? super T>> int step(List<T> values, int i) {
        return Integer.signum(values.get(i).compareTo(values.get(i - 1)));
    }
}
