package org.imroc.tracker.measure.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.XmrRuleSet;

/** The rules and constants of an XmR result on the wire: the engine's {@link XmrRuleSet}, field for field. */
@Schema(name = "XmrRuleSet")
public record XmrRuleSetFields(
        @Schema(minimum = "3", maximum = "20", required = true)
        int shiftLength,

        @Schema(minimum = "3", maximum = "20", required = true)
        int trendLength,

        @Schema(required = true) boolean screenOutliers,
        @Schema(minimum = "12", maximum = "1000") Integer fixAfterPoints,
        @Schema(required = true) double limitMultiplier,
        @Schema(required = true) double nearLimitMultiplier,
        @Schema(required = true) double screeningMultiplier,

        @Schema(minimum = "1", maximum = "100", required = true)
        int trialLimitThreshold) {

    static XmrRuleSetFields of(XmrRuleSet r) {
        return new XmrRuleSetFields(
                r.shiftLength(),
                r.trendLength(),
                r.screenOutliers(),
                r.fixAfterPoints(),
                r.limitMultiplier(),
                r.nearLimitMultiplier(),
                r.screeningMultiplier(),
                r.trialLimitThreshold());
    }
}
