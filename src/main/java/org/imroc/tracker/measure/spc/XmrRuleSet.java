package org.imroc.tracker.measure.spc;

/**
 * The rules an XmR result was computed with, recorded with it because two tools with different rules show
 * different icons for the same data. Limits are mean ± {@code limitMultiplier} × MR̄, near-limit lines
 * mean ± {@code nearLimitMultiplier} × MR̄ (2/3 of it), moving ranges of {@code screeningMultiplier} × MR̄ or more
 * are screened out, and a group with fewer than {@code trialLimitThreshold} points has trial limits.
 */
public record XmrRuleSet(
        int shiftLength,
        int trendLength,
        boolean screenOutliers,
        Integer fixAfterPoints,
        double limitMultiplier,
        double nearLimitMultiplier,
        double screeningMultiplier,
        int trialLimitThreshold) {

    public static final int TRIAL_LIMIT_THRESHOLD = 13;

    static XmrRuleSet of(SpcSettings settings) {
        return new XmrRuleSet(
                settings.shiftLength(),
                settings.trendLength(),
                settings.screenOutliers(),
                settings.fixAfterPoints(),
                GroupLimits.LIMIT_MULTIPLIER.doubleValue(),
                GroupLimits.TWICE_LIMIT_MULTIPLIER.doubleValue() / 3,
                GroupLimits.SCREENING_MULTIPLIER.doubleValue(),
                TRIAL_LIMIT_THRESHOLD);
    }
}
