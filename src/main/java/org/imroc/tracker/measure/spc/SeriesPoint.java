package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One observation of a measure: the value for one period, in period order. {@code rebase} marks a process change:
 * this point starts a new rebase group with its own mean and limits (ignored on the first point, which always
 * starts group 1). {@code incomplete} marks a figure made of fewer parts than expected (a Trust's figure for a
 * period in which some of its units did not report): drawn hollow, and left out of the mean, the moving ranges and
 * the limits unless {@link SpcSettings#includeIncomplete()} says otherwise; still classified against them.
 * {@code excluded} marks a figure left out on purpose (a data-quality problem, a known one-off, with a reason the
 * annotation carries): drawn hollow, classified against the limits, and always left out of the mean, the moving
 * ranges and the limits.
 */
public record SeriesPoint(
        String period, BigDecimal value, String annotation, boolean rebase, boolean incomplete, boolean excluded) {

    public SeriesPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
    }

    /** A point that is not excluded. */
    public SeriesPoint(String period, BigDecimal value, String annotation, boolean rebase, boolean incomplete) {
        this(period, value, annotation, rebase, incomplete, false);
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
