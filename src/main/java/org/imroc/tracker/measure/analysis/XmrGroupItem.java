package org.imroc.tracker.measure.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.XmrGroup;

/** One rebase group of an XmR chart on the wire: the engine's {@link XmrGroup}, field for field. */
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

        @Schema(required = true) double mean,
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
                g.mrBar(),
                g.mrBarUnscreened(),
                g.upl(),
                g.lpl(),
                g.nearUpl(),
                g.nearLpl(),
                g.limitsAreTrial());
    }
}
