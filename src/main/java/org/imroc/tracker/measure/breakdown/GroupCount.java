package org.imroc.tracker.measure.breakdown;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The events of one group (restraints of Black patients) and its own denominator (their occupied bed days), over a
 * period or a window. The denominator is null when none was recorded.
 */
public record GroupCount(String code, BigDecimal events, BigDecimal denominator) {

    public GroupCount {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(events, "events");
        if (events.signum() < 0 || (denominator != null && denominator.signum() < 0)) {
            throw new IllegalArgumentException(code + ": events and denominator are counts, not negative");
        }
    }
}
