package org.imroc.tracker.measure.breakdown;

import java.math.BigDecimal;

/**
 * One group's rate and its rate ratio against the reference group, with the 95 % interval. The rate is events ÷
 * denominator × the measure's multiplier, exact to 34 significant digits (DECIMAL128); it is null without a
 * denominator. The ratio and its interval are doubles (about 15 significant digits, from logs), null with a
 * {@code reason} when there is no ratio. {@code suppressed} rows hide every figure: a count behind them was small.
 */
public record GroupDisparity(
        String code,
        BigDecimal events,
        BigDecimal denominator,
        BigDecimal rate,
        Double rateRatio,
        Double lower,
        Double upper,
        IntervalSide side,
        NoRatioReason reason,
        boolean suppressed) {

    /** The same row with every figure hidden (shown as null, "suppressed": true); the code and reason stay. */
    public GroupDisparity suppress() {
        return new GroupDisparity(code, null, null, null, null, null, null, null, reason, true);
    }
}
