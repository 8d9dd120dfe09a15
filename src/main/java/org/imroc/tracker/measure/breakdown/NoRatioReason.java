package org.imroc.tracker.measure.breakdown;

/**
 * Why a group has no rate ratio. A ratio needs events and a denominator in both the group and the reference; the
 * log-method interval is undefined with 0 events, and the tracker invents no continuity correction. The group's own
 * reasons are given before the reference's.
 */
public enum NoRatioReason {
    /** This is the reference group, the one the others are compared with. */
    REFERENCE,
    /** The group has no denominator (none recorded, or 0): no rate either. */
    NO_DENOMINATOR,
    /** The group has a rate of 0: no events to compare. */
    NO_EVENTS,
    /** No figures were given for the reference group. */
    REFERENCE_MISSING,
    /** The reference group has no denominator (none recorded, or 0). */
    REFERENCE_HAS_NO_DENOMINATOR,
    /** The reference group has no events, so every ratio would divide by 0. */
    REFERENCE_HAS_NO_EVENTS
}
