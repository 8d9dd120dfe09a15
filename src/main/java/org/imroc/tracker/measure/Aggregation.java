package org.imroc.tracker.measure;

/**
 * How the units' figures of a period make the Trust's. SUM: counts and WTE add up. RATIO_OF_SUMS: a rate's Trust
 * figure is Σ numerators ÷ Σ denominators × multiplier (never a mean of the units' rates: wards differ in size).
 * NONE: not additive (a score): the Trust has no series of its own, only its units do.
 */
public enum Aggregation {
    SUM,
    RATIO_OF_SUMS,
    NONE
}
