package org.imroc.tracker.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One rebase group of an XmR chart: a run of points between process changes, with its own centre line and limits
 * taken from its first {@code baselinePoints} points. Limits and MR̄ are null when the group has no moving range
 * to average. {@code limitsAreTrial}: the group has fewer than 13 points, so its limits are provisional.
 */
public record XmrGroup(
        @Schema(minimum = "0", maximum = "100000") int rebaseGroup,
        @Schema(maxLength = 8) String firstPeriod,
        @Schema(maxLength = 8) String lastPeriod,
        @Schema(minimum = "0", maximum = "100000") int n,
        @Schema(minimum = "0", maximum = "100000") int baselinePoints,
        double mean,
        Double mrBar,
        Double mrBarUnscreened,
        Double upl,
        Double lpl,
        Double nearUpl,
        Double nearLpl,
        boolean limitsAreTrial) {}
