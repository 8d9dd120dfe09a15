package org.imroc.tracker.measure.spc;

/**
 * A special-cause rule of the XmR chart, in order of precedence (the first that fires for a point decides whether
 * it counts as high or low). OUTSIDE_LIMITS: the point is above the upper or below the lower process limit.
 * TREND: part of a run of points each strictly higher (or each strictly lower) than the one before; it may cross
 * the mean. TWO_OF_THREE: a point beyond a near-limit line in a window of three points on the same side of the mean
 * of which at least two are beyond that line. SHIFT: part of a run of points all on the same side of the mean.
 */
public enum SpcRule {
    OUTSIDE_LIMITS,
    TREND,
    TWO_OF_THREE,
    SHIFT
}
