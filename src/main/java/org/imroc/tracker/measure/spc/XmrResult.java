package org.imroc.tracker.measure.spc;

import java.util.List;

/**
 * The analysis of a measure as an XmR chart. The top-level numbers describe the last rebase group (the one the
 * icons use); {@code n} counts every point of the series. {@code variationType} is the type of the series' last
 * point (NHSRplotthedots' {@code variation_type}); {@code variationIcon} draws it. {@code assuranceType} compares the
 * last group's limits with the target; it is null without a target, for a NEUTRAL measure or an empty series.
 * For an empty series every number, {@code limitsAreTrial} and both types are null and the lists are empty.
 */
public record XmrResult(
        int n,
        Double mean,
        Double mrBar,
        Double mrBarUnscreened,
        Double upl,
        Double lpl,
        Double nearUpl,
        Double nearLpl,
        Boolean limitsAreTrial,
        PointType variationType,
        VariationIcon variationIcon,
        AssuranceType assuranceType,
        AssuranceIcon assuranceIcon,
        List<XmrGroup> groups,
        List<XmrPoint> points,
        List<XmrGroupSummary> summary,
        XmrRuleSet ruleSet) {

    public XmrResult {
        groups = List.copyOf(groups);
        points = List.copyOf(points);
        summary = List.copyOf(summary);
    }
}
