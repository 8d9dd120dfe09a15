package org.imroc.tracker.measure.breakdown;

import java.math.BigDecimal;

/**
 * Why the parts of one breakdown cannot stand beside their total. For the two sums, {@code partsSum} and
 * {@code total} are given and {@link #difference()} is what the parts have over the total (negative when short);
 * for a code problem they are null.
 */
public record PartsProblem(Breakdown breakdown, Kind kind, String code, BigDecimal partsSum, BigDecimal total) {

    /** What is wrong. */
    public enum Kind {
        /** The code is not one of the breakdown's. */
        UNKNOWN_CODE,
        /** The code is given twice. */
        DUPLICATE_CODE,
        /** The part has no denominator although the total has one. */
        MISSING_DENOMINATOR,
        /** The part has a denominator although the total has none (a plain measure). */
        UNEXPECTED_DENOMINATOR,
        /** The parts' numerators (values) do not add up to the total's. */
        NUMERATORS_DO_NOT_ADD_UP,
        /** The parts' denominators do not add up to the total's. */
        DENOMINATORS_DO_NOT_ADD_UP
    }

    /** Parts' sum minus the total; null for a code problem. */
    public BigDecimal difference() {
        return partsSum == null ? null : partsSum.subtract(total);
    }

    /** A sentence for a person: names the breakdown, the code or the difference. */
    public String message() {
        return switch (kind) {
            case UNKNOWN_CODE -> breakdown + " has no code " + code;
            case DUPLICATE_CODE -> breakdown + " code " + code + " is given more than once";
            case MISSING_DENOMINATOR -> breakdown + " code " + code + " has no denominator";
            case UNEXPECTED_DENOMINATOR -> breakdown + " code " + code + " has a denominator but the total has none";
            case NUMERATORS_DO_NOT_ADD_UP -> sumMessage("numerators");
            case DENOMINATORS_DO_NOT_ADD_UP -> sumMessage("denominators");
        };
    }

    private String sumMessage(String figures) {
        BigDecimal difference = difference();
        String side = difference.signum() > 0 ? "more" : "less";
        return breakdown + " " + figures + " add up to " + partsSum.toPlainString() + ", "
                + difference.abs().toPlainString() + " " + side + " than the total " + total.toPlainString();
    }
}
