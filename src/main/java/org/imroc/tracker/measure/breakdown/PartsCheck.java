package org.imroc.tracker.measure.breakdown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks that the parts of one breakdown can stand beside their total: every code is the breakdown's and given
 * once, and the parts (the not-recorded codes included) add up exactly to the total, numerators and denominators
 * separately. Sums are exact (BigDecimal, compared by value, so 14 and 14.0 agree).
 */
public final class PartsCheck {

    private PartsCheck() {}

    /**
     * @param numerator   the total's numerator (or value)
     * @param denominator the total's denominator, or null for a plain measure
     * @return the problems, in the parts' order, the sums last; empty when the parts add up
     */
    public static List<PartsProblem> problems(
            Breakdown breakdown, BigDecimal numerator, BigDecimal denominator, List<Part> parts) {
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(numerator, "numerator");
        List<PartsProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal numerators = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        for (Part part : parts) {
            if (!breakdown.isKnown(part.code())) {
                problems.add(codeProblem(breakdown, PartsProblem.Kind.UNKNOWN_CODE, part));
            } else if (!seen.add(part.code())) {
                problems.add(codeProblem(breakdown, PartsProblem.Kind.DUPLICATE_CODE, part));
            }
            if (denominator != null && part.denominator() == null) {
                problems.add(codeProblem(breakdown, PartsProblem.Kind.MISSING_DENOMINATOR, part));
            } else if (denominator == null && part.denominator() != null) {
                problems.add(codeProblem(breakdown, PartsProblem.Kind.UNEXPECTED_DENOMINATOR, part));
            }
            numerators = numerators.add(part.numerator());
            if (part.denominator() != null) {
                denominators = denominators.add(part.denominator());
            }
        }
        if (numerators.compareTo(numerator) != 0) {
            problems.add(new PartsProblem(
                    breakdown, PartsProblem.Kind.NUMERATORS_DO_NOT_ADD_UP, null, numerators, numerator));
        }
        if (denominator != null && denominators.compareTo(denominator) != 0) {
            problems.add(new PartsProblem(
                    breakdown, PartsProblem.Kind.DENOMINATORS_DO_NOT_ADD_UP, null, denominators, denominator));
        }
        return problems;
    }

    private static PartsProblem codeProblem(Breakdown breakdown, PartsProblem.Kind kind, Part part) {
        return new PartsProblem(breakdown, kind, part.code(), null, null);
    }
}
