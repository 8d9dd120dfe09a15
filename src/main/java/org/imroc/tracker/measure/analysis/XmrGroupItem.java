package org.imroc.tracker.measure.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.AttributeResult;
import org.imroc.tracker.measure.spc.XmrGroup;

/**
 * One rebase group of an SPC chart on the wire: the engine's {@link XmrGroup}, field for field, or an attribute
 * chart's group (its centre line as the mean; no moving range; limits per point, so null here).
 */
@Schema(name = "XmrGroup")
public record XmrGroupItem(
        @Schema(minimum = "0", maximum = "100000", required = true)
        int rebaseGroup,

        @Schema(maxLength = 8) String firstPeriod,
        @Schema(maxLength = 8) String lastPeriod,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int n,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int baselinePoints,

        @Schema(description = "The centre line: the mean (XmR), or ū / p̄ (attribute charts)", required = true)
        double mean,

        @Schema(description = "Laney's σz (U_PRIME and P_PRIME only): the per-point sigma is multiplied by it")
        Double sigmaZ,

        Double mrBar,
        Double mrBarUnscreened,
        Double upl,
        Double lpl,
        Double nearUpl,
        Double nearLpl,
        @Schema(required = true) boolean limitsAreTrial) {

    static XmrGroupItem of(XmrGroup g) {
        return new XmrGroupItem(
                g.rebaseGroup(),
                g.firstPeriod(),
                g.lastPeriod(),
                g.n(),
                g.baselinePoints(),
                g.mean(),
                null,
                g.mrBar(),
                g.mrBarUnscreened(),
                g.upl(),
                g.lpl(),
                g.nearUpl(),
                g.nearLpl(),
                g.limitsAreTrial());
    }

    static XmrGroupItem of(AttributeResult.Group g) {
        return new XmrGroupItem(
                g.rebaseGroup(),
                g.firstPeriod(),
                g.lastPeriod(),
                g.n(),
                g.baselinePoints(),
                g.centre() == null ? 0 : g.centre(),
                g.sigmaZ(),
                null,
                null,
                null,
                null,
                null,
                null,
                g.limitsAreTrial());
    }
}
