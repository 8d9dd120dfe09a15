package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One observation of a measure: the value for one period, in period order. {@code rebase} marks a process change:
 * this point starts a new rebase group with its own mean and limits (ignored on the first point, which always
 * starts group 1).
 */
public record SeriesPoint(String period, BigDecimal value, String annotation, boolean rebase) {

    public SeriesPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
    }

    /** A point without annotation that does not rebase. */
    public static SeriesPoint of(String period, BigDecimal value) {
        return new SeriesPoint(period, value, null, false);
    }
}
