package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An exact rational number, numerator over a positive denominator, both exact decimals. The XmR chart keeps its
 * mean, MR̄ and limits in this form so that "above, on or below" a line is decided without rounding; only the
 * numbers reported are rounded (to DECIMAL128, then to double).
 */
record Ratio(BigDecimal numerator, BigDecimal denominator) implements Comparable<Ratio> {

    Ratio {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
    }

    static Ratio of(BigDecimal numerator, int denominator) {
        return new Ratio(numerator, BigDecimal.valueOf(denominator));
    }

    Ratio plus(Ratio other) {
        return new Ratio(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Ratio minus(Ratio other) {
        return plus(other.negate());
    }

    Ratio negate() {
        return new Ratio(numerator.negate(), denominator);
    }

    Ratio times(BigDecimal factor) {
        return new Ratio(numerator.multiply(factor), denominator);
    }

    Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Ratio dividedBy(BigDecimal divisor) {
        return new Ratio(numerator, denominator.multiply(divisor));
    }

    int signum() {
        return numerator.signum();
    }

    /**
     * Compares the two values exactly. Consistent with {@link #signOf} but not with {@code equals}: 1/2 and 2/4
     * compare equal, though they are different records.
     */
    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** The value to {@code context}'s precision. */
    BigDecimal toBigDecimal(MathContext context) {
        return numerator.divide(denominator, context);
    }

    Ratio dividedBy(int divisor) {
        return new Ratio(numerator, denominator.multiply(BigDecimal.valueOf(divisor)));
    }

    /** Sign of {@code value - this}: 1 when the value is above, 0 when exactly on, -1 when below. */
    int signOf(BigDecimal value) {
        return value.multiply(denominator).compareTo(numerator);
    }

    double toDouble() {
        return numerator.divide(denominator, MathContext.DECIMAL128).doubleValue();
    }
}
