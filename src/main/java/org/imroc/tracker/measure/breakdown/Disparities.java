package org.imroc.tracker.measure.breakdown;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rate ratios between groups: RR = (a / Nₐ) ÷ (b / N_b) against a reference group, with the 95 % interval of the
 * Poisson log method, exp(ln RR ± 1.96 × √(1/a + 1/b)). Sums and rates are exact BigDecimal (rates to DECIMAL128);
 * the ratio is the exact quotient (a × N_b) ÷ (Nₐ × b) rounded to DECIMAL128 and then to double, and the interval is
 * computed in double (Math.log, Math.sqrt, Math.exp: within a few ulps), which is far finer than the interval's own
 * uncertainty. The multiplier scales rates only; it cancels in a ratio.
 */
public final class Disparities {

    private static final double Z_95 = 1.96;

    private Disparities() {}

    /** Each group's rate and ratio against {@code reference}, in the groups' order. */
    public static List<GroupDisparity> compare(List<GroupCount> groups, BigDecimal multiplier, String reference) {
        Objects.requireNonNull(multiplier, "multiplier");
        Objects.requireNonNull(reference, "reference");
        GroupCount ref = groups.stream()
                .filter(g -> g.code().equals(reference))
                .findFirst()
                .orElse(null);
        List<GroupDisparity> rows = new ArrayList<>();
        for (GroupCount group : groups) {
            rows.add(row(group, ref, multiplier));
        }
        return rows;
    }

    /** Each period's ratios, in the periods' order. */
    public static List<PeriodDisparities> byPeriod(
            List<PeriodGroups> periods, BigDecimal multiplier, String reference) {
        List<PeriodDisparities> result = new ArrayList<>();
        for (PeriodGroups period : periods) {
            result.add(new PeriodDisparities(period.period(), compare(period.groups(), multiplier, reference)));
        }
        return result;
    }

    /**
     * The ratios over a window: each group's events and denominators summed over the periods (exact), then compared.
     * A group whose denominator is missing in any period has no denominator over the window, since a rate over
     * part of the window would read as the whole.
     */
    public static List<GroupDisparity> overWindow(List<PeriodGroups> periods, BigDecimal multiplier, String reference) {
        return compare(sumByCode(periods), multiplier, reference);
    }

    private static List<GroupCount> sumByCode(List<PeriodGroups> periods) {
        Map<String, GroupCount> sums = new LinkedHashMap<>();
        for (PeriodGroups period : periods) {
            for (GroupCount group : period.groups()) {
                sums.merge(
                        group.code(),
                        group,
                        (sum, next) -> new GroupCount(
                                sum.code(),
                                sum.events().add(next.events()),
                                sum.denominator() == null || next.denominator() == null
                                        ? null
                                        : sum.denominator().add(next.denominator())));
            }
        }
        return List.copyOf(sums.values());
    }

    private static GroupDisparity row(GroupCount group, GroupCount ref, BigDecimal multiplier) {
        BigDecimal rate = hasDenominator(group)
                ? group.events().multiply(multiplier).divide(group.denominator(), MathContext.DECIMAL128)
                : null;
        NoRatioReason reason = reasonForNoRatio(group, ref);
        if (reason != null) {
            return new GroupDisparity(
                    group.code(), group.events(), group.denominator(), rate, null, null, null, null, reason, false);
        }
        BigDecimal ratio = group.events()
                .multiply(ref.denominator())
                .divide(group.denominator().multiply(ref.events()), MathContext.DECIMAL128);
        double logRatio = Math.log(ratio.doubleValue());
        double halfWidth = Z_95
                * Math.sqrt(1 / group.events().doubleValue() + 1 / ref.events().doubleValue());
        double lower = Math.exp(logRatio - halfWidth);
        double upper = Math.exp(logRatio + halfWidth);
        return new GroupDisparity(
                group.code(),
                group.events(),
                group.denominator(),
                rate,
                ratio.doubleValue(),
                lower,
                upper,
                side(lower, upper),
                null,
                false);
    }

    private static NoRatioReason reasonForNoRatio(GroupCount group, GroupCount ref) {
        if (group == ref) {
            return NoRatioReason.REFERENCE;
        }
        if (!hasDenominator(group)) {
            return NoRatioReason.NO_DENOMINATOR;
        }
        if (group.events().signum() == 0) {
            return NoRatioReason.NO_EVENTS;
        }
        if (ref == null) {
            return NoRatioReason.REFERENCE_MISSING;
        }
        if (!hasDenominator(ref)) {
            return NoRatioReason.REFERENCE_HAS_NO_DENOMINATOR;
        }
        if (ref.events().signum() == 0) {
            return NoRatioReason.REFERENCE_HAS_NO_EVENTS;
        }
        return null;
    }

    private static boolean hasDenominator(GroupCount group) {
        return group.denominator() != null && group.denominator().signum() > 0;
    }

    private static IntervalSide side(double lower, double upper) {
        if (lower > 1) {
            return IntervalSide.WHOLLY_ABOVE_ONE;
        }
        if (upper < 1) {
            return IntervalSide.WHOLLY_BELOW_ONE;
        }
        return IntervalSide.INCLUDES_ONE;
    }
}
