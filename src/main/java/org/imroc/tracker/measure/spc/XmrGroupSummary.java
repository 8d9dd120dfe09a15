package org.imroc.tracker.measure.spc;

/**
 * Point counts of one rebase group, as NHSRplotthedots' summary() gives them. {@code commonCause} counts points
 * with no signal; a neutral special cause (NEUTRAL measure) is neither common cause nor improvement nor concern and
 * is counted in {@code specialCauseNeutral}. {@code variationType} is the type of the group's last point.
 */
public record XmrGroupSummary(
        int rebaseGroup,
        int commonCause,
        int specialCauseImprovement,
        int specialCauseConcern,
        int specialCauseNeutral,
        PointType variationType) {}
