package org.imroc.tracker.measure.breakdown;

import java.util.List;
import java.util.Objects;

/** The groups' events and denominators of one period, in the caller's group order. */
public record PeriodGroups(String period, List<GroupCount> groups) {

    public PeriodGroups {
        Objects.requireNonNull(period, "period");
        groups = List.copyOf(groups);
    }
}
