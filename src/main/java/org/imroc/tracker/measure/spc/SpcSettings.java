package org.imroc.tracker.measure.spc;

/**
 * The rule settings of an XmR chart. {@code shiftLength}: points in a row on one side of the mean that make a
 * shift; {@code trendLength}: points in a row each higher (or each lower) than the one before that make a trend;
 * {@code screenOutliers}: leave moving ranges of 3.267 × MR̄ or more out of MR̄; {@code fixAfterPoints}: when set,
 * each rebase group takes its mean and limits from its first N points only (the baseline) and extends them;
 * {@code includeIncomplete}: let incomplete points ({@link SeriesPoint#incomplete()}) count towards the mean and
 * limits (by default they are left out).
 */
public record SpcSettings(
        int shiftLength, int trendLength, boolean screenOutliers, Integer fixAfterPoints, boolean includeIncomplete) {

    /** NHSRplotthedots 0.2.x defaults: 7-point shift and trend, screening on, limits not fixed. */
    public static final SpcSettings DEFAULT = new SpcSettings(7, 7, true, null);

    public static final int MIN_RUN_LENGTH = 3;
    public static final int MAX_RUN_LENGTH = 20;
    public static final int MIN_FIX_AFTER_POINTS = 12;

    public SpcSettings(int shiftLength, int trendLength, boolean screenOutliers, Integer fixAfterPoints) {
        this(shiftLength, trendLength, screenOutliers, fixAfterPoints, false);
    }

    public SpcSettings {
        requireRunLength("shiftLength", shiftLength);
        requireRunLength("trendLength", trendLength);
        if (fixAfterPoints != null && fixAfterPoints < MIN_FIX_AFTER_POINTS) {
            throw new IllegalArgumentException(
                    "fixAfterPoints must be at least " + MIN_FIX_AFTER_POINTS + ", was " + fixAfterPoints);
        }
    }

    private static void requireRunLength(String name, int length) {
        if (length < MIN_RUN_LENGTH || length > MAX_RUN_LENGTH) {
            throw new IllegalArgumentException(
                    name + " must be between " + MIN_RUN_LENGTH + " and " + MAX_RUN_LENGTH + ", was " + length);
        }
    }
}
