package org.imroc.tracker.measure.breakdown;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One part of a figure: the numerator (or value, for a plain measure) and the denominator of the people with one
 * code of a breakdown. The denominator is null for a plain measure, whose values alone add up.
 */
public record Part(String code, BigDecimal numerator, BigDecimal denominator) {

    public Part {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(numerator, "numerator");
    }
}
