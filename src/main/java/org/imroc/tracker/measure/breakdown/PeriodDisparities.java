package org.imroc.tracker.measure.breakdown;

import java.util.List;

/** The rate ratios of one period, so a Trust can see whether a ratio falls after a change. */
public record PeriodDisparities(String period, List<GroupDisparity> groups) {

    public PeriodDisparities {
        groups = List.copyOf(groups);
    }
}
