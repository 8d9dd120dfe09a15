package org.imroc.tracker.measure.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.spc.PointType;
import org.imroc.tracker.measure.spc.XmrGroupSummary;

/** Point counts of one rebase group on the wire: the engine's {@link XmrGroupSummary}, field for field. */
@Schema(name = "XmrGroupSummary")
public record XmrGroupSummaryItem(
        @Schema(minimum = "0", maximum = "100000", required = true)
        int rebaseGroup,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int commonCause,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int specialCauseImprovement,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int specialCauseConcern,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int specialCauseNeutral,

        PointType variationType) {

    static XmrGroupSummaryItem of(XmrGroupSummary s) {
        return new XmrGroupSummaryItem(
                s.rebaseGroup(),
                s.commonCause(),
                s.specialCauseImprovement(),
                s.specialCauseConcern(),
                s.specialCauseNeutral(),
                s.variationType());
    }
}
