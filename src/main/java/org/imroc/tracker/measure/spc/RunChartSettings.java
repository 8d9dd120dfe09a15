package org.imroc.tracker.measure.spc;

/**
 * The rule settings of a run chart (IHI). {@code shiftLength}: useful points in a row on one side of the median
 * that make a shift (points on the median neither count nor break it); {@code trendLength}: points in a row each
 * higher (or each lower) than the one before that make a trend (a repeated value counts once).
 */
public record RunChartSettings(int shiftLength, int trendLength) {

    /** The IHI defaults: a shift is 6 points, a trend 5. */
    public static final RunChartSettings DEFAULT = new RunChartSettings(6, 5);

    public RunChartSettings {
        requireLength("shiftLength", shiftLength);
        requireLength("trendLength", trendLength);
    }

    private static void requireLength(String name, int length) {
        if (length < SpcSettings.MIN_RUN_LENGTH || length > SpcSettings.MAX_RUN_LENGTH) {
            throw new IllegalArgumentException(name + " must be between " + SpcSettings.MIN_RUN_LENGTH + " and "
                    + SpcSettings.MAX_RUN_LENGTH + ", was " + length);
        }
    }
}
