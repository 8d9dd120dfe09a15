package org.imroc.tracker.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Point counts of one rebase group, as NHSRplotthedots' summary() gives them. {@code commonCause} counts points
 * with no signal; a neutral special cause (NEUTRAL measure) is neither common cause nor improvement nor concern and
 * is counted in {@code specialCauseNeutral}. {@code variationType} is the type of the group's last point.
 */
public record XmrGroupSummary(
        @Schema(minimum = "0", maximum = "100000") int rebaseGroup,
        @Schema(minimum = "0", maximum = "100000") int commonCause,
        @Schema(minimum = "0", maximum = "100000") int specialCauseImprovement,
        @Schema(minimum = "0", maximum = "100000") int specialCauseConcern,
        @Schema(minimum = "0", maximum = "100000") int specialCauseNeutral,
        PointType variationType) {}
