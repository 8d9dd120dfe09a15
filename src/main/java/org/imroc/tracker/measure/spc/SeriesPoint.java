package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One observation of a measure: the value for one period, in period order. {@code rebase} marks a process change:
 * this point starts a new rebase group with its own mean and limits (ignored on the first point, which always
 * starts group 1). {@code incomplete} marks a figure made of fewer parts than expected (a Trust's figure for a
 * period in which some of its units did not report): drawn hollow, and left out of the mean, the moving ranges and
 * the limits unless {@link SpcSettings#includeIncomplete()} says otherwise; still classified against them.
 */
public record SeriesPoint(String period, BigDecimal value, String annotation, boolean rebase, boolean incomplete) {

    public SeriesPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
    }

    /** A complete point. */
    public SeriesPoint(String period, BigDecimal value, String annotation, boolean rebase) {
        this(period, value, annotation, rebase, false);
    }

    /** A point without annotation that does not rebase. */
    public static SeriesPoint of(String period, BigDecimal value) {
        return new SeriesPoint(period, value, null, false);
    }
}
