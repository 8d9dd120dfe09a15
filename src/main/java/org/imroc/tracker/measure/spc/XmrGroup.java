package org.imroc.tracker.measure.spc;

/**
 * One rebase group of an XmR chart: a run of points between process changes, with its own centre line and limits
 * taken from its first {@code baselinePoints} points. Limits and MR̄ are null when the group has no moving range
 * to average. {@code limitsAreTrial}: the group has fewer than 13 points, so its limits are provisional.
 */
public record XmrGroup(
        int rebaseGroup,
        String firstPeriod,
        String lastPeriod,
        int n,
        int baselinePoints,
        double mean,
        Double mrBar,
        Double mrBarUnscreened,
        Double upl,
        Double lpl,
        Double nearUpl,
        Double nearLpl,
        boolean limitsAreTrial) {}
