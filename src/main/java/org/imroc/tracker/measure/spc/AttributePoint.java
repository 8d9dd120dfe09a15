package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One period of a ratio measure for an attribute chart: events (or cases) over exposure (or opportunities). The
 * rate is numerator ÷ denominator (the chart's multiplier scales it only for display). {@code rebase} starts a new
 * group with its own centre line and limits, as {@link SeriesPoint#rebase()} does (ignored on the first point).
 * {@code excluded} keeps the point on the chart, classified against its group's limits at its own denominator, but
 * counts it towards neither the centre line, σz, nor the moving range of a neighbour (the next point's range is
 * taken from the point before the excluded one). A zero denominator is a period without a rate: listed, with no
 * value, limits or type, and counted towards nothing.
 */
public record AttributePoint(
        String period,
        BigDecimal numerator,
        BigDecimal denominator,
        String annotation,
        boolean rebase,
        boolean excluded) {

    public AttributePoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (numerator.signum() < 0) {
            throw new IllegalArgumentException("numerator must not be negative, was " + numerator + " in " + period);
        }
        if (denominator.signum() < 0) {
            throw new IllegalArgumentException(
                    "denominator must not be negative, was " + denominator + " in " + period);
        }
    }

    /** A point without annotation. */
    public AttributePoint(
            String period, BigDecimal numerator, BigDecimal denominator, boolean rebase, boolean excluded) {
        this(period, numerator, denominator, null, rebase, excluded);
    }

    /** A point without annotation that neither rebases nor is excluded. */
    public static AttributePoint of(String period, long numerator, long denominator) {
        return new AttributePoint(period, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), false, false);
    }

    /** Whether the period has a rate (a positive denominator). */
    public boolean hasRate() {
        return denominator.signum() > 0;
    }

    /** The exact rate, or null without one. */
    Ratio rate() {
        return hasRate() ? new Ratio(numerator, denominator) : null;
    }
}
