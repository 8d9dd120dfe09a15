package org.imroc.tracker.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rules an XmR result was computed with, recorded with it because two tools with different rules show
 * different icons for the same data. Limits are mean ± {@code limitMultiplier} × MR̄, near-limit lines
 * mean ± {@code nearLimitMultiplier} × MR̄ (2/3 of it), moving ranges of {@code screeningMultiplier} × MR̄ or more
 * are screened out, and a group with fewer than {@code trialLimitThreshold} points has trial limits.
 */
public record XmrRuleSet(
        @Schema(minimum = "3", maximum = "20") int shiftLength,
        @Schema(minimum = "3", maximum = "20") int trendLength,
        boolean screenOutliers,
        @Schema(minimum = "12", maximum = "1000") Integer fixAfterPoints,
        double limitMultiplier,
        double nearLimitMultiplier,
        double screeningMultiplier,
        @Schema(minimum = "1", maximum = "100") int trialLimitThreshold) {

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
