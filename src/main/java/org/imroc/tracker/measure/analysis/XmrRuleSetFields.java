package org.imroc.tracker.measure.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.XmrRuleSet;

/** The rules and constants of an XmR result on the wire: the engine's {@link XmrRuleSet}, field for field. */
@Schema(name = "XmrRuleSet")
public record XmrRuleSetFields(
        @Schema(minimum = "3", maximum = "20") int shiftLength,
        @Schema(minimum = "3", maximum = "20") int trendLength,
        boolean screenOutliers,
        @Schema(minimum = "12", maximum = "1000") Integer fixAfterPoints,
        double limitMultiplier,
        double nearLimitMultiplier,
        double screeningMultiplier,
        @Schema(minimum = "1", maximum = "100") int trialLimitThreshold) {

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
